// User Timing entries for the stages of one search, so `npm run bench:library` (or the browser's
// performance panel) can say where a query's time goes: `docbao:lookup` (the search index, asked in
// its worker: from the request to the answer back on the page), `docbao:results` (ordering and
// filters), and the mark `docbao:shown` when React has put the results in the page. The filters'
// counts (`docbao:counts`) follow after the results are painted. A few entries per query.

/** Records the time since `start` (a `performance.now()`) as the measure `docbao:<stage>`. */
export function measureSince(stage: string, start: number) {
  performance.measure?.(`docbao:${stage}`, { start, end: performance.now() });
}

/** Runs `work` and records its duration as the measure `docbao:<stage>`. */
export function timed<T>(stage: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measureSince(stage, start);
  }
}

export const markShown = () => void performance.mark?.('docbao:shown');
