// What the search box does with a query. Once the index is loaded, the query is looked up before
// the page changes: the page then renders once, with its results, instead of a busy state first and
// the results a frame or two later (two renders and two frames on the main thread while the worker
// looks up). An answer slower than BUSY_AFTER_MS shows the busy state meanwhile, as does the first
// query, which waits for the index.
import { useCallback, useEffect, useRef } from 'react';
import type { SearchClient } from '../api/search-client';
import type { useLibraryParams } from './use-library-params';

type Update = ReturnType<typeof useLibraryParams>[1];

// How long a query is looked up before the page says it is searching.
const BUSY_AFTER_MS = 100;

/** Resolves when `answer` settles, or after `ms`, whichever comes first; never rejects. */
const answerOrTimeout = (answer: Promise<unknown>, ms: number) =>
  new Promise<void>((done) => {
    setTimeout(done, ms);
    answer.then(
      () => done(),
      () => done(),
    );
  });

/** `onQuery(q, commit)`: `commit` (Enter) makes a new history entry, typing replaces it. */
export function useSubmitQuery(searchClient: SearchClient | null, update: Update) {
  const latestQuery = useRef({ n: 0, commit: false });
  // The answer may arrive after the URL has moved (an earlier query reaching it): apply the query
  // over the location then, not over the one it was typed on.
  const latestUpdate = useRef(update);
  useEffect(() => {
    latestUpdate.current = update;
  }, [update]);
  return useCallback(
    (q: string, commit: boolean) => {
      const asked = latestQuery.current;
      const n = ++asked.n;
      asked.commit ||= commit;
      const apply = () => {
        // A later query made this one stale; whether either was Enter still counts.
        if (asked.n !== n) return;
        latestUpdate.current({ q: q.trim() ? q : null }, { replace: !asked.commit });
        asked.commit = false;
      };
      if (!q.trim() || !searchClient?.ready) {
        // The first query: the index loads while the page says so.
        if (q.trim()) void searchClient?.search(q).catch(() => null);
        return apply();
      }
      void answerOrTimeout(searchClient.search(q), BUSY_AFTER_MS).then(apply);
    },
    [searchClient],
  );
}
