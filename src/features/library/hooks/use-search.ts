// Search over the collection and the reader's own articles. The collection's index arrives on the
// first query; the local articles, few, are indexed here in memory.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Article } from '@/article/schema';
import { createIndex, searchDocOf, searchIndex, type Hit } from '@/collection/search';
import { searchIndexQuery } from '../api/collection-queries';

export type LibraryHit = Hit & { local?: boolean };

export interface SearchState {
  hits: LibraryHit[] | null;
  pending: boolean;
  error: Error | null;
}

export function useSearch(query: string, files: string[], local: Article[]): SearchState {
  const active = query.trim().length > 0;
  const index = useQuery({ ...searchIndexQuery(files), enabled: active && files.length > 0 });
  const localIndex = useMemo(() => {
    if (local.length === 0) return null;
    const built = createIndex();
    built.addAll(local.map(searchDocOf));
    return built;
  }, [local]);
  const hits = useMemo((): LibraryHit[] | null => {
    if (!active) return null;
    const found = [
      ...(index.data ?? []).flatMap((i) => searchIndex(i, query)),
      ...(localIndex ? searchIndex(localIndex, query).map((h) => ({ ...h, local: true })) : []),
    ];
    // Articles holding every word first, wherever they come from; the order within is the index's.
    return [...found.filter((h) => h.all), ...found.filter((h) => !h.all)];
  }, [active, index.data, localIndex, query]);
  return {
    hits,
    pending: active && files.length > 0 && index.isPending,
    error: index.error,
  };
}
