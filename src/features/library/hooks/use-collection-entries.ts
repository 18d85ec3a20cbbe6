// Every entry of the collection, page by page, for filters and search: loaded only when a filter
// or a query needs them. A page that fails is named; the entries of the others are still used.
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { BadEntry, CheckedEntries } from '@/collection/check';
import type { Entry } from '@/collection/schema';
import { pageQuery } from '../api/collection-queries';

export interface PageFailure {
  page: number;
  error: Error;
}

export interface CollectionEntries {
  entries: Entry[];
  bad: (BadEntry & { page: number })[];
  failed: PageFailure[];
  pending: boolean;
}

// Defined once, outside the hook: TanStack Query then keeps the combined result between renders
// while the pages are unchanged, and everything computed from it is not redone on each keystroke.
function combine(results: UseQueryResult<CheckedEntries<Entry>>[]): CollectionEntries {
  return {
    entries: results.flatMap((r) => r.data?.entries ?? []),
    bad: results.flatMap((r, i) => (r.data?.bad ?? []).map((b) => ({ ...b, page: i + 1 }))),
    failed: results.flatMap((r, i) => (r.error ? [{ page: i + 1, error: r.error }] : [])),
    pending: results.some((r) => r.isPending),
  };
}

export function useCollectionEntries(pages: number, enabled: boolean): CollectionEntries {
  return useQueries({
    queries: Array.from({ length: enabled ? pages : 0 }, (_, i) => pageQuery(i + 1)),
    combine,
  });
}
