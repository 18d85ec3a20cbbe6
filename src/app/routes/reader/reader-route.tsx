import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/use-translation';
import { data, Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { LoadError } from '@/article/fetch-json';
import { isOnline } from '@/features/offline';
import { articleQuery, articleUrl } from '@/features/reader';
import { ReaderPage } from './reader-page';

/**
 * Loads the article before the page renders (the skeleton shows meanwhile). An article that does not
 * exist is a 404 response for the route's error element; a network failure or a damaged file is left
 * to the page, which explains it and offers Retry.
 */
export const readerLoader =
  (client: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? '';
    try {
      await client.ensureQueryData(articleQuery(slug));
    } catch (error) {
      if (error instanceof LoadError && error.failure.kind === 'missing') {
        throw data({ slug }, { status: 404, statusText: 'Not Found' });
      }
    }
    return null;
  };

export function Skeleton() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page skeleton" aria-busy="true" tabIndex={-1}>
      <p className="visually-hidden">{t('reader.loading')}</p>
      <div className="sk sk-title" />
      <div className="sk sk-line" />
      <div className="sk sk-line" />
      <div className="sk sk-line short" />
    </main>
  );
}

export function LoadFailure({
  error,
  slug,
  retry,
}: {
  error: unknown;
  slug: string;
  retry?: () => void;
}) {
  const { t } = useTranslation();
  const failure = error instanceof LoadError ? error.failure : null;
  let title = t('errors.unexpectedTitle');
  let body = t('errors.unexpected');
  if (failure?.kind === 'network')
    // Offline, a network failure means that the article was not kept on this device.
    [title, body] = isOnline()
      ? [t('errors.networkTitle'), t('errors.network')]
      : [t('offline.notKeptTitle'), t('offline.notKept', { slug })];
  if (failure?.kind === 'missing')
    [title, body] = [t('errors.missingTitle'), t('errors.missing', { slug })];
  if (failure?.kind === 'damaged') {
    const first = failure.problems[0];
    title = t('errors.damagedTitle');
    body = t('errors.damaged', {
      path: first?.path || '(document)',
      message: first?.message ?? '',
    });
  }
  return (
    <main id="main" className="page" tabIndex={-1}>
      <div role="alert" className="notice">
        <h1>{title}</h1>
        <p>{body}</p>
      </div>
      {retry && failure?.kind !== 'missing' && (
        <button type="button" onClick={retry}>
          {t('errors.retry')}
        </button>
      )}
      <p>
        <Link to="/">{t('reader.back')}</Link>
      </p>
    </main>
  );
}

export function ReaderRoute() {
  const { slug = '' } = useParams();
  const query = useQuery(articleQuery(slug));
  if (query.isPending) return <Skeleton />;
  if (query.isError)
    return <LoadFailure error={query.error} slug={slug} retry={() => void query.refetch()} />;
  return <ReaderPage key={slug} article={query.data} keepUrl={articleUrl(slug)} />;
}
