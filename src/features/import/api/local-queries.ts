import { queryOptions } from '@tanstack/react-query';
import { getLocal, listLocal } from './local-store';

export const localListQuery = () =>
  queryOptions({ queryKey: ['local', 'list'], queryFn: listLocal, staleTime: Infinity });

export const localArticleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['local', 'detail', slug],
    queryFn: async () => (await getLocal(slug))?.article ?? null,
    staleTime: Infinity,
  });
