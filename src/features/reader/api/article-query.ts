import { queryOptions } from '@tanstack/react-query';
import { fetchChecked, LoadError } from '@/article/fetch-json';

/** Where an article's file is: the service worker and "Keep for offline" key it by this URL too. */
export const articleUrl = (slug: string) =>
  `${import.meta.env.BASE_URL}articles/${encodeURIComponent(slug)}.json`;

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: ({ signal }) =>
      fetchChecked(
        articleUrl(slug),
        import('@/article/validate').then((m) => m.checkArticle),
        signal,
      ),
    staleTime: Infinity,
    // A missing or damaged file will not mend itself; only the network is worth retrying, and only
    // when there is one (offline, the reader is told at once that the article was not kept).
    retry: (count, error) =>
      error instanceof LoadError &&
      error.failure.kind === 'network' &&
      count < 2 &&
      navigator.onLine !== false,
  });
