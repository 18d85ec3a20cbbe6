import { queryOptions } from '@tanstack/react-query';
import { fetchChecked, LoadError } from '@/article/fetch-json';

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: ({ signal }) =>
      fetchChecked(
        `${import.meta.env.BASE_URL}articles/${encodeURIComponent(slug)}.json`,
        import('@/article/validate').then((m) => m.checkArticle),
        signal,
      ),
    staleTime: Infinity,
    // A missing or damaged file will not mend itself; only the network is worth retrying.
    retry: (count, error) =>
      error instanceof LoadError && error.failure.kind === 'network' && count < 2,
  });
