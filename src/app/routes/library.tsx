import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { indexQuery } from '@/features/library/api/index-query';

export function LibraryRoute() {
  const { t } = useTranslation();
  const { data, isPending, isError } = useQuery(indexQuery());
  return (
    <main>
      <h1>{t('library.title')}</h1>
      {isPending && <p>{t('library.loading')}</p>}
      {isError && <p role="alert">{t('library.error')}</p>}
      <ul>
        {data?.articles.map((a) => (
          <li key={a.slug}>
            <Link to={`/a/${a.slug}`}>{a.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
