import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalLibrary } from '@/features/import';
import { ArticleList, indexQuery } from '@/features/library';

/** Loads the index first; a failure is left to the page, which explains it and offers Retry. */
export const libraryLoader = (client: QueryClient) => async () => {
  await client.ensureQueryData(indexQuery()).catch(() => null);
  return null;
};

export function LibraryRoute() {
  const { t } = useTranslation();
  const { data, isPending, isError, refetch } = useQuery(indexQuery());
  useEffect(() => {
    document.title = `${t('library.title')} — docbao`;
  }, [t]);
  return (
    <main id="main" className="page library" tabIndex={-1}>
      <h1>{t('library.title')}</h1>
      <p className="muted">{t('library.intro')}</p>
      {isPending && <p aria-busy="true">{t('library.loading')}</p>}
      {isError && (
        <div role="alert" className="notice">
          <p>{t('library.error')}</p>
          <button type="button" onClick={() => void refetch()}>
            {t('errors.retry')}
          </button>
        </div>
      )}
      {data && <ArticleList articles={data.articles} />}
      <LocalLibrary />
    </main>
  );
}
