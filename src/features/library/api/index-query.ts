import { queryOptions } from '@tanstack/react-query';
import { fetchChecked } from '@/article/fetch-json';
import { checkArticleIndex } from '@/article/validate';

export const articlesUrl = (path: string) => `${import.meta.env.BASE_URL}articles/${path}`;

export const indexQuery = () =>
  queryOptions({
    queryKey: ['articles', 'index'],
    queryFn: ({ signal }) => fetchChecked(articlesUrl('index.json'), checkArticleIndex, signal),
    staleTime: 60_000,
  });
