// /mine/:slug: an article the reader imported, from this browser's store, in the same reader.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/use-translation';
import { Link, useLocation, useParams } from 'react-router';
import {
  localArticleQuery,
  StorageUnavailableError,
  UnsavedNotice,
  unsavedReason,
} from '@/features/import';
import { ReaderPage } from './reader/reader-page';

export function LocalArticleRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { state } = useLocation();
  const { data, isPending, isError, error } = useQuery(localArticleQuery(slug));
  const unsaved = unsavedReason(state);
  if (isPending) return <main id="main" className="page" aria-busy="true" tabIndex={-1} />;
  if (isError || !data) {
    return (
      <main id="main" className="page" tabIndex={-1}>
        <div role="alert" className="notice">
          <h1>{t('errors.missingTitle')}</h1>
          <p>
            {error instanceof StorageUnavailableError
              ? t('localLibrary.unavailable')
              : isError
                ? t('localLibrary.error')
                : t('localLibrary.missing')}
          </p>
        </div>
        <p>
          <Link to="/">{t('reader.back')}</Link>
        </p>
      </main>
    );
  }
  return (
    <>
      {unsaved && <UnsavedNotice article={data} reason={unsaved} />}
      <ReaderPage key={slug} article={data} />
    </>
  );
}
