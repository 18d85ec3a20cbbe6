// Search over the collection and the reader's own articles. The collection's index is loaded and
// asked in a worker (api/search-client.ts), from the first query on; the local articles, few, are
// indexed here in memory.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { Article } from '@/article/schema';
import type { Hit } from '@/collection/search';
import type { Found } from '../api/search-service';
import { useSearchClient } from './use-search-client';

export interface LibraryHit {
  slug: string;
  local?: boolean;
}

/** What the search waits for: the index itself (the first query), or the answer to a query. */
export type SearchWait = 'index' | 'query' | null;

export interface SearchState {
  /** In order: articles holding every word, then (only if none does) some. Null without a query. */
  hits: LibraryHit[] | null;
  /** The query `hits` answer: the previous one while waiting. */
  query: string;
  terms: string[];
  /** While waiting, `hits` are the previous query's, so the page does not blank between two. */
  waiting: SearchWait;
  error: Error | null;
}

type Answer = { query: string } & (
  { found: Found; error?: never } | { error: Error; found?: never }
);

const none: Found = { every: [], some: [], terms: [] };
const noHits: Hit[] = [];
const collectionHit = (slug: string): LibraryHit => ({ slug });
const localHit = (slug: string): LibraryHit => ({ slug, local: true });

export function useSearch(query: string, files: string[], local: Article[]): SearchState {
  const active = query.trim().length > 0;
  const client = useSearchClient(files);
  // Asked while rendering (the client gives the same answer to the same query), so the worker
  // looks it up while React renders the wait, not after. An answer that has arrived already (the
  // library waits for it before it changes the query) is rendered at once, with no wait between.
  const asked = useMemo(
    () => (active && client ? { query, found: client.search(query) } : null),
    [active, client, query],
  );
  const arrived = asked ? client!.answered(asked.query) : undefined;
  // Set when an answer arrives after the render that asked, or when it fails: renders it.
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!asked || arrived) return;
    let live = true;
    asked.found.then(
      (found) => live && setAnswer({ query: asked.query, found }),
      (error: Error) => live && setAnswer({ query: asked.query, error }),
    );
    return () => {
      live = false;
    };
  }, [asked, arrived]);

  const engine = useQuery({
    queryKey: ['collection', 'search-engine'],
    queryFn: () => import('@/collection/search'),
    staleTime: Infinity,
    enabled: active && local.length > 0,
  });
  const m = engine.data;
  const localIndex = useMemo(() => {
    if (!m || local.length === 0) return null;
    const built = m.createIndex();
    built.addAll(local.map(m.searchDocOf));
    return built;
  }, [m, local]);

  const current: Answer | null = arrived
    ? { query, found: arrived }
    : answer?.query === query
      ? answer
      : null;
  const waiting: SearchWait =
    active && client && !current ? (client.ready ? 'query' : 'index') : null;
  // While waiting, the latest answer stays on screen, as it was (an error is not carried over).
  const shown = current ?? (waiting ? client!.latest : null);
  const found = shown?.found ?? none;
  const shownQuery = client ? (shown?.query ?? '') : query;
  const mine = useMemo(
    () => (shownQuery && localIndex ? m!.searchIndex(localIndex, shownQuery) : noHits),
    [localIndex, m, shownQuery],
  );
  const hits = useMemo(
    (): LibraryHit[] | null =>
      active
        ? // Articles holding every word first, wherever they come from; the order within is the index's.
          [
            ...found.every.map(collectionHit),
            ...mine.filter((h) => h.all).map((h) => localHit(h.slug)),
            ...found.some.map(collectionHit),
            ...mine.filter((h) => !h.all).map((h) => localHit(h.slug)),
          ]
        : null,
    [active, found, mine],
  );
  const terms = useMemo(
    () => [...new Set([...found.terms, ...mine.flatMap((h) => h.terms)])],
    [found, mine],
  );
  return {
    hits,
    query: shownQuery,
    terms,
    waiting: waiting ?? (active && local.length > 0 && engine.isPending ? 'query' : null),
    error: current?.error ?? engine.error,
  };
}
