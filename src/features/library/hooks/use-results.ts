// The articles that match the query and the filters, in the order of the search (or newest first),
// with the filters' counts over them.
import { useMemo } from 'react';
import type { Article } from '@/article/schema';
import { countFacet, matches, type FacetName } from '@/collection/filters';
import type { Entry, FacetCount, Manifest } from '@/collection/schema';
import type { LibraryParams } from './use-library-params';
import { useCollectionEntries, type CollectionEntries } from './use-collection-entries';
import { useSearch } from './use-search';
import { timed } from '../search-timing';

export interface Results extends Omit<CollectionEntries, 'entries'> {
  entries: Entry[];
  counts: Record<FacetName, FacetCount[]>;
  terms: string[];
  searchError: Error | null;
}

const none: Record<FacetName, FacetCount[]> = { person: [], issuer: [], kind: [], source: [] };

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
  const search = useSearch(params.q, manifest?.search ?? [], local);
  const { hits, pending: searching, error: searchError } = search;
  // The pool and its lookup change only when pages or local articles arrive, not per query.
  const { pool, bySlug } = useMemo(() => {
    const all = [...localEntries, ...collection.entries];
    return { pool: all, bySlug: new Map(all.map((e) => [`${e.local ? 'l' : 'c'}:${e.slug}`, e])) };
  }, [localEntries, collection.entries]);
  return useMemo(
    () =>
      timed('results', () => {
        const all = collection;
        const labels = new Map(localLabels);
        for (const f of [...(manifest?.facets.person ?? []), ...(manifest?.facets.issuer ?? [])])
          labels.set(f.value, f.label);
        const label = (v: string) => labels.get(v) ?? v;
        if (!active) {
          return {
            ...all,
            entries: [],
            counts: manifest?.facets ?? none,
            terms: [],
            searchError: null,
          };
        }
        let ordered: Entry[];
        if (hits) {
          ordered = [];
          const seen = new Set<string>();
          for (const h of hits) {
            // A hit from the local index names a local article; the collection's, a collection one.
            const key = `${h.local ? 'l' : 'c'}:${h.slug}`;
            const e = bySlug.get(key);
            if (!e || seen.has(key)) continue;
            ordered.push(e);
            seen.add(key);
          }
        } else ordered = pool;
        const entries = ordered.filter((e) => matches(e, params.filters));
        const facet = (name: FacetName) =>
          countFacet(entries, name, name === 'person' || name === 'issuer' ? label : undefined);
        return {
          ...all,
          pending: all.pending || searching,
          entries,
          counts: {
            person: facet('person'),
            issuer: facet('issuer'),
            kind: facet('kind'),
            source: facet('source'),
          },
          terms: [...new Set((hits ?? []).flatMap((h) => h.terms))],
          searchError,
        };
      }),
    [
      active,
      collection,
      hits,
      searching,
      searchError,
      manifest,
      pool,
      bySlug,
      params.filters,
      localLabels,
    ],
  );
}
