import { queryOptions } from '@tanstack/react-query';
import { getLocal, listLocal } from './local-store';

export const localListQuery = () =>
  queryOptions({
    queryKey: ['local', 'list'],
    queryFn: listLocal,
    staleTime: Infinity,
    retry: false,
  });

export const localArticleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['local', 'detail', slug],
    queryFn: async () => (await getLocal(slug))?.article ?? null,
    staleTime: Infinity,
    // The store answers or it does not: retrying would only keep the reader waiting for the message.
    retry: false,
  });
