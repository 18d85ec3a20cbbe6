// The library's state lives in the URL (/?q=…&person=…&from=…), so a search can be shared and
// reloaded, and Back undoes a filter.
//
// The router applies a new URL in a React transition, which waits for the next frames and yields
// while it renders. A change the reader makes here (Enter in the search box, a filter) is shown at
// once instead: it is kept as `pending` over the location it was made on, and dropped as soon as
// the router is at another (it has caught up, or Back or a link moved elsewhere; Back to the very
// URL the change was made on is another location too). The URL itself is
// changed after the page has painted the change, once it is idle: the router's work (history,
// matching, its own render) then never delays the results, nor what the reader does next.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams, type Location } from 'react-router';
import { FILTER_KEYS, type Filters } from '@/collection/filters';
import { afterNextPaint } from '@/components/ui/after-next-paint';

export interface LibraryParams {
  q: string;
  filters: Filters;
  page: number;
}

type Changes = Record<string, string | null>;

/** How long a URL change may wait for the page to be idle. */
const IDLE_WAIT_MS = 200;

/** Runs `then` after the next paint, when the page is idle; returns a function that cancels it. */
function afterPaintWhenIdle(then: () => void): () => void {
  let cancelIdle = () => {};
  const cancelPaint = afterNextPaint(() => {
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(then, 0);
      cancelIdle = () => clearTimeout(timer);
    } else {
      const id = requestIdleCallback(then, { timeout: IDLE_WAIT_MS });
      cancelIdle = () => cancelIdleCallback(id);
    }
  });
  return () => {
    cancelPaint();
    cancelIdle();
  };
}

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
  const location = useLocation();
  const [pending, setPending] = useState<{ over: Location; changes: Changes } | null>(null);
  // Adjusted while rendering, so a stale overlay is never committed.
  if (pending && pending.over !== location) setPending(null);
  const live =
    pending && pending.over === location
      ? applied(params, pending.changes).toString()
      : params.toString();

  // Keyed by the text of the parameters, so an unchanged state keeps its identity (and what is
  // computed from it is not redone) when the router catches up with a change shown already; the
  // filters by their own text, so a new query does not render the filter lists again.
  const current = useMemo(() => new URLSearchParams(live), [live]);
  const filtersText = FILTER_KEYS.map((key) => current.get(key) ?? '').join('\u0000');
  const filters = useMemo(() => {
    const chosen: Filters = {};
    filtersText.split('\u0000').forEach((value, i) => {
      if (value) chosen[FILTER_KEYS[i]!] = value;
    });
    return chosen;
  }, [filtersText]);
  const state = useMemo<LibraryParams>(() => {
    const page = Number(current.get('page') ?? 1);
    return {
      q: current.get('q') ?? '',
      filters,
      page: Number.isInteger(page) && page >= 1 ? page : 1,
    };
  }, [current, filters]);

  // The changes not yet in the URL, merged: one history entry for them, pushed if any was a commit.
  const queued = useRef<{
    over: Location;
    changes: Changes;
    replace: boolean;
    cancel: () => void;
  } | null>(null);
  const latest = useRef(setParams);
  useEffect(() => {
    latest.current = setParams;
  }, [setParams]);
  // Leaving the library drops what was not yet in the URL, rather than navigate back to it.
  useEffect(() => () => queued.current?.cancel(), []);
  // So does Back or a link taken before the change reached the URL: the reader went elsewhere.
  const here = useRef(location);
  useEffect(() => {
    here.current = location;
  }, [location]);

  /** Sets or clears some parameters; any change but the page's goes back to the first page. */
  const update = useCallback(
    (changes: Changes, options: { replace?: boolean } = {}) => {
      setPending((before) => ({
        over: location,
        changes: before?.over === location ? { ...before.changes, ...changes } : changes,
      }));
      const replace = options.replace ?? false;
      if (queued.current) {
        queued.current.changes = { ...queued.current.changes, ...changes };
        queued.current.replace &&= replace;
        return;
      }
      const cancel = afterPaintWhenIdle(() => {
        const { over, changes: all, replace: quiet } = queued.current!;
        queued.current = null;
        if (here.current !== over) return;
        latest.current((prev) => applied(prev, all), { replace: quiet });
      });
      queued.current = { over: location, changes, replace, cancel };
    },
    [location],
  );
  return [state, update] as const;
}
