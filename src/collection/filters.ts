// The library's filters: by person, issuer, award kind, source and date range. Each is optional;
// together they narrow (AND). Counts say how many of the current results each value would keep.
import type { Entry, FacetCount } from './schema';

export interface Filters {
  person?: string;
  issuer?: string;
  kind?: string;
  source?: string;
  /** ISO dates, inclusive. An undated article is outside any date range. */
  from?: string;
  to?: string;
}

export const FILTER_KEYS = ['person', 'issuer', 'kind', 'source', 'from', 'to'] as const;
export type FacetName = 'person' | 'issuer' | 'kind' | 'source';

/** The value(s) an entry has for one facet. */
export function facetValues(entry: Entry, facet: FacetName): readonly string[] {
  switch (facet) {
    case 'person':
      return entry.people;
    case 'issuer':
      return entry.issuers;
    case 'kind':
      return entry.kinds;
    case 'source':
      return entry.source ? [entry.source] : [];
  }
}

export const hasFilters = (f: Filters) => FILTER_KEYS.some((k) => Boolean(f[k]));

export function matches(entry: Entry, f: Filters): boolean {
  for (const facet of ['person', 'issuer', 'kind', 'source'] as const) {
    const want = f[facet];
    if (want && !facetValues(entry, facet).includes(want)) return false;
  }
  if (f.from && (!entry.date || entry.date < f.from)) return false;
  if (f.to && (!entry.date || entry.date > f.to)) return false;
  return true;
}

/** Counts per value of `facet` over `entries`, largest first, at most `limit`. */
export function countFacet(
  entries: Iterable<Entry>,
  facet: FacetName,
  label: (value: string) => string = (v) => v,
  limit = 50,
): FacetCount[] {
  const counts = new Map<string, number>();
  for (const e of entries)
    for (const v of facetValues(e, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([value, count]) => ({ value, label: label(value), count }));
}
