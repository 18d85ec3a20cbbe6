import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoaderFunctionArgs } from 'react-router';
import { LocalLibrary, localListQuery } from '@/features/import';
import { LibraryView, manifestQuery, pageQuery } from '@/features/library';

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

export function LibraryRoute() {
  const { t } = useTranslation();
  // The reader's own articles join the library, its search and its filters, marked as local.
  const local = useQuery(localListQuery());
  const articles = useMemo(() => (local.data ?? []).map((e) => e.article), [local.data]);
  useEffect(() => {
    document.title = `${t('library.title')} — docbao`;
  }, [t]);
  return (
    <main id="main" className="page library" tabIndex={-1}>
      <LibraryView local={articles} />
      <LocalLibrary />
    </main>
  );
}
