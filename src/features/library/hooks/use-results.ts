// The articles that match the query and the filters, in the order of the search (or newest first),
// with the filters' counts over them.
import { useMemo } from 'react';
import type { Article } from '@/article/schema';
import { countFacet, matches, type FacetName } from '@/collection/filters';
import type { Entry, FacetCount, Manifest } from '@/collection/schema';
import type { LibraryParams } from './use-library-params';
import { useCollectionEntries, type CollectionEntries } from './use-collection-entries';
import { useSearch } from './use-search';

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
): Results {
  const all = useCollectionEntries(manifest?.pages ?? 0, active);
  const search = useSearch(params.q, manifest?.search ?? [], local);
  return useMemo(() => {
    const labels = new Map<string, string>();
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
    const pool = [...localEntries, ...all.entries];
    let ordered: Entry[];
    if (search.hits) {
      const bySlug = new Map(pool.map((e) => [`${e.local ? 'l' : 'c'}:${e.slug}`, e]));
      ordered = [];
      const seen = new Set<string>();
      for (const h of search.hits) {
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
      pending: all.pending || search.pending,
      entries,
      counts: {
        person: facet('person'),
        issuer: facet('issuer'),
        kind: facet('kind'),
        source: facet('source'),
      },
      terms: [...new Set((search.hits ?? []).flatMap((h) => h.terms))],
      searchError: search.error,
    };
  }, [active, all, search, manifest, localEntries, params.filters]);
}
