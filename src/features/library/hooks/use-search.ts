// Search over the collection and the reader's own articles. MiniSearch and the collection's index
// arrive on the first query; the local articles, few, are indexed here in memory.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Article } from '@/article/schema';
import type { Hit } from '@/collection/search';
import { searchIndexQuery } from '../api/collection-queries';
import { timed } from '../search-timing';

export type LibraryHit = Hit & { local?: boolean };

export interface SearchState {
  hits: LibraryHit[] | null;
  pending: boolean;
  error: Error | null;
}

export function useSearch(query: string, files: string[], local: Article[]): SearchState {
  const active = query.trim().length > 0;
  const engine = useQuery({
    queryKey: ['collection', 'search-engine'],
    queryFn: () => import('@/collection/search'),
    staleTime: Infinity,
    enabled: active,
  });
  const index = useQuery({ ...searchIndexQuery(files), enabled: active && files.length > 0 });
  const m = engine.data;
  const localIndex = useMemo(() => {
    if (!m || local.length === 0) return null;
    const built = m.createIndex();
    built.addAll(local.map(m.searchDocOf));
    return built;
  }, [m, local]);
  const hits = useMemo((): LibraryHit[] | null => {
    if (!active || !m) return null;
    return timed('lookup', () => {
      const found: LibraryHit[] = [
        ...(index.data ?? []).flatMap((i) => m.searchIndex(i, query)),
        ...(localIndex ? m.searchIndex(localIndex, query).map((h) => ({ ...h, local: true })) : []),
      ];
      // Articles holding every word first, wherever they come from; the order within is the index's.
      return [...found.filter((h) => h.all), ...found.filter((h) => !h.all)];
    });
  }, [active, m, index.data, localIndex, query]);
  return {
    hits,
    pending: active && (engine.isPending || (files.length > 0 && index.isPending)),
    error: index.error ?? engine.error,
  };
}
