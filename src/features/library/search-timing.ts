// User Timing entries for the stages of one search, so `npm run bench:library` (or the browser's
// performance panel) can say where a query's time goes: `docbao:lookup` (the search index),
// `docbao:results` (ordering, filters and counts), and the mark `docbao:shown` when React has put
// the results in the page. Cheap enough to leave on: a few entries per query.

/** Runs `work` and records its duration as the measure `docbao:<stage>`. */
export function timed<T>(stage: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure?.(`docbao:${stage}`, { start, end: performance.now() });
  }
}

export const markShown = () => void performance.mark?.('docbao:shown');
