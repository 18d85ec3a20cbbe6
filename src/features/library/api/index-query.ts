import { queryOptions } from '@tanstack/react-query';
import { fetchChecked } from '@/article/fetch-json';

export const articlesUrl = (path: string) => `${import.meta.env.BASE_URL}articles/${path}`;

export const indexQuery = () =>
  queryOptions({
    queryKey: ['articles', 'index'],
    queryFn: ({ signal }) =>
      fetchChecked(
        articlesUrl('index.json'),
        import('@/article/validate').then((m) => m.checkArticleIndex),
        signal,
      ),
    staleTime: 60_000,
  });
