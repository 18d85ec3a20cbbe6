import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { articleQuery } from '@/features/reader/api/article-query';

export function ReaderRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, isPending, isError } = useQuery(articleQuery(slug));
  if (isPending) return <p>{t('reader.loading')}</p>;
  if (isError) return <p role="alert">{t('reader.error')}</p>;
  return (
    <main>
      <article>
        <h1>{data.title}</h1>
        {data.blocks.map((b) =>
          b.type === 'heading' ? <h2 key={b.id}>{b.text}</h2> : <p key={b.id}>{b.text}</p>,
        )}
      </article>
    </main>
  );
}
