// The articles that match the query and the filters, in the order of the search (or newest first),
// with the filters' counts over them.
import { useMemo } from 'react';
import type { Article } from '@/article/schema';
import { countFacet, matches, type FacetName } from '@/collection/filters';
import type { Entry, FacetCount, Manifest } from '@/collection/schema';
import type { LibraryParams } from './use-library-params';
import { useAfterPaint } from './use-after-paint';
import { useCollectionEntries, type CollectionEntries } from './use-collection-entries';
import { useSearch, type SearchWait } from './use-search';
import { timed } from '../search-timing';

export interface Results extends Omit<CollectionEntries, 'entries'> {
  entries: Entry[];
  /** Over the results as last painted: they follow the results by a frame. */
  counts: Record<FacetName, FacetCount[]>;
  /** The query the entries answer, and the words it matched (for highlighting). */
  query: string;
  terms: string[];
  /** What the search waits for; `entries` are the previous query's meanwhile. */
  waiting: SearchWait;
  searchError: Error | null;
}

const none: Record<FacetName, FacetCount[]> = { person: [], issuer: [], kind: [], source: [] };
const keyOf = (e: { slug: string; local?: boolean }) => `${e.local ? 'l' : 'c'}:${e.slug}`;

export function useResults(
  manifest: Manifest | undefined,
  params: LibraryParams,
  localEntries: Entry[],
  local: Article[],
  active: boolean,
  /** Names of the people only in imported articles, by their filter value. */
  localLabels: ReadonlyMap<string, string>,
): Results {
  const collection = useCollectionEntries(manifest?.pages ?? 0, active);
  const {
    hits,
    query,
    terms,
    waiting,
    error: searchError,
  } = useSearch(params.q, manifest?.search ?? [], local);
  // The pool and its lookup change only when pages or local articles arrive, not per query.
  const { pool, bySlug } = useMemo(() => {
    const all = [...localEntries, ...collection.entries];
    return { pool: all, bySlug: new Map(all.map((e) => [keyOf(e), e])) };
  }, [localEntries, collection.entries]);
  const entries = useMemo(
    () =>
      timed('results', () => {
        if (!active) return [];
        let ordered = pool;
        if (hits) {
          ordered = [];
          const seen = new Set<string>();
          for (const h of hits) {
            // A hit from the local index names a local article; the collection's, a collection one.
            const key = keyOf(h);
            const e = bySlug.get(key);
            if (!e || seen.has(key)) continue;
            ordered.push(e);
            seen.add(key);
          }
        }
        return ordered.filter((e) => matches(e, params.filters));
      }),
    [active, pool, bySlug, hits, params.filters],
  );
  const painted = useAfterPaint(entries);
  const counts = useMemo(() => {
    if (!active) return manifest?.facets ?? none;
    return timed('counts', () => {
      const labels = new Map(localLabels);
      for (const f of [...(manifest?.facets.person ?? []), ...(manifest?.facets.issuer ?? [])])
        labels.set(f.value, f.label);
      const label = (v: string) => labels.get(v) ?? v;
      const facet = (name: FacetName) =>
        countFacet(painted, name, name === 'person' || name === 'issuer' ? label : undefined);
      return {
        person: facet('person'),
        issuer: facet('issuer'),
        kind: facet('kind'),
        source: facet('source'),
      };
    });
  }, [active, manifest, painted, localLabels]);
  return {
    ...collection,
    pending: collection.pending || waiting !== null,
    entries,
    counts,
    query,
    terms,
    waiting,
    searchError,
  };
}
