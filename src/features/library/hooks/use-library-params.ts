// The library's state lives in the URL (/?q=…&person=…&from=…), so a search can be shared and
// reloaded, and Back undoes a filter.
//
// The router applies a new URL in a React transition, which waits for the next frames and yields
// while it renders. A change the reader makes here (Enter in the search box, a filter) is shown at
// once instead: it is kept as `pending` over the URL it was made on, and dropped as soon as the URL
// is another (the router has caught up, or Back or a link moved elsewhere).
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FILTER_KEYS, type Filters } from '@/collection/filters';

export interface LibraryParams {
  q: string;
  filters: Filters;
  page: number;
}

type Changes = Record<string, string | null>;

/** The parameters after `changes`; any change but the page's goes back to the first page. */
function applied(prev: URLSearchParams, changes: Changes): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  if (!('page' in changes)) next.delete('page');
  return next;
}

export function useLibraryParams() {
  const [params, setParams] = useSearchParams();
  const url = params.toString();
  const [pending, setPending] = useState<{ over: string; changes: Changes } | null>(null);
  // Adjusted while rendering, so a stale overlay is never committed.
  if (pending && pending.over !== url) setPending(null);
  const live = pending && pending.over === url ? applied(params, pending.changes).toString() : url;

  // Keyed by the text of the parameters, so an unchanged state keeps its identity (and what is
  // computed from it is not redone) when the router catches up with a change shown already.
  const state = useMemo<LibraryParams>(() => {
    const current = new URLSearchParams(live);
    const filters: Filters = {};
    for (const key of FILTER_KEYS) {
      const value = current.get(key);
      if (value) filters[key] = value;
    }
    const page = Number(current.get('page') ?? 1);
    return {
      q: current.get('q') ?? '',
      filters,
      page: Number.isInteger(page) && page >= 1 ? page : 1,
    };
  }, [live]);

  /** Sets or clears some parameters; any change but the page's goes back to the first page. */
  const update = useCallback(
    (changes: Changes, options: { replace?: boolean } = {}) => {
      setPending((before) => ({
        over: url,
        changes: before?.over === url ? { ...before.changes, ...changes } : changes,
      }));
      setParams((prev) => applied(prev, changes), { replace: options.replace ?? false });
    },
    [setParams, url],
  );
  return [state, update] as const;
}
