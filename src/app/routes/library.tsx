import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Suspense, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { LoaderFunctionArgs } from 'react-router';
import { LocalLibrary, localListQuery } from '@/features/import';
import { articlesUrl, LibraryView, manifestQuery, pageQuery } from '@/features/library';
import { OfflineStorage } from '@/features/offline';
import { articleUrl } from '@/features/reader';
import { usePageTitle } from './use-page-title';

/**
 * Loads the manifest and the page shown, together; a failure is left to the page, which says what
 * is missing or damaged (and offers Retry for the network).
 */
export const libraryLoader =
  (client: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
    await Promise.all([
      client.ensureQueryData(manifestQuery()).catch(() => null),
      client
        .ensureQueryData(pageQuery(Number.isInteger(page) && page >= 1 ? page : 1))
        .catch(() => null),
    ]);
    return null;
  };

/**
 * Every file the collection needs offline: its manifest, its pages and search index, and each article.
 * The pages are fetched (through the service worker, which keeps them) to learn the articles' slugs.
 */
async function collectionFiles(client: QueryClient): Promise<string[]> {
  const manifest = await client.fetchQuery(manifestQuery());
  const numbers = Array.from({ length: manifest.pages }, (_, i) => i + 1);
  const pages = await Promise.all(numbers.map((n) => client.fetchQuery(pageQuery(n))));
  return [
    articlesUrl('library/manifest.json'),
    ...numbers.map((n) => articlesUrl(`library/page-${n}.json`)),
    ...manifest.search.map((file) => articlesUrl(file)),
    ...pages.flatMap((p) => p.entries.map((e) => articleUrl(e.slug))),
  ];
}

export function LibraryRoute() {
  const client = useQueryClient();
  const manifest = useQuery(manifestQuery());
  const { t } = useTranslation();
  // The reader's own articles join the library, its search and its filters, marked as local.
  const local = useQuery(localListQuery());
  const articles = useMemo(() => (local.data ?? []).map((e) => e.article), [local.data]);
  usePageTitle(t('library.title'));
  return (
    <main id="main" className="page library" tabIndex={-1}>
      <LibraryView local={articles} />
      <LocalLibrary />
      {manifest.data && (
        <Suspense fallback={null}>
          <OfflineStorage articles={manifest.data.articles} files={() => collectionFiles(client)} />
        </Suspense>
      )}
    </main>
  );
}
