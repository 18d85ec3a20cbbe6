// What npm run bench:library measures in the tab: one search as a reader makes it (from Enter to
// the results painted, with the stages the page records), and the JS heap of the page and of its
// workers (the search index lives in one).
import type { CDPSession, Page } from 'playwright-core';

export interface SearchTiming {
  /** ms from submitting the query until its results are on screen (the next frame painted). */
  total: number;
  /** The stages the page records (src/features/library/search-timing.ts), in ms. */
  lookup: number;
  results: number;
  /** From submitting to React having put the results in the page, less lookup and results. */
  react: number;
  /** From there to the frame painted. */
  paint: number;
  /** The longest task on the page's main thread meanwhile: how long the page could not respond. */
  longestTask: number;
}

/** How long a query may take before the probe asks again (a query lost, not a slow one). */
const WAIT_S = 60;

/**
 * Submits `query` as a reader does (Enter) and times it until its results are on screen. Null when
 * the search box was replaced before the query took: React renders the page again, new nodes and
 * all, when the pre-rendered page differs from what it renders (a build served with another
 * collection), and the box found may be the old one; or no results within WAIT_S. Ask again then.
 */
export async function searchOnce(page: Page, query: string): Promise<SearchTiming | null> {
  return page.evaluate(`(async () => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const input = document.querySelector('input[type="search"]');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const start = performance.now();
    setter.call(input, ${JSON.stringify(query)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form.requestSubmit();
    const done = () => document.querySelector('section[data-query=' + JSON.stringify(${JSON.stringify(query)}) + ']:not([aria-busy="true"])');
    // The input event may have let React finish its work, replacing the box (and its form) first.
    if (!input.isConnected) return null;
    const took = await new Promise((resolve) => {
      if (done()) return resolve(true);
      setTimeout(() => resolve(false), ${WAIT_S * 1000});
      const o = new MutationObserver(() => {
        if (done()) o.disconnect(), resolve(true);
        else if (!input.isConnected) o.disconnect(), resolve(false);
      });
      o.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    if (!took) return null;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const end = performance.now();
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    const measured = (name) => performance.getEntriesByName('docbao:' + name, 'measure')
      .filter((e) => e.startTime >= start && e.startTime <= end)
      .reduce((sum, e) => sum + e.duration, 0);
    const shown = performance.getEntriesByName('docbao:shown', 'mark')
      .filter((e) => e.startTime >= start && e.startTime <= end).at(-1);
    const at = shown ? shown.startTime : end;
    const lookup = measured('lookup');
    const results = measured('results');
    return {
      total: end - start, lookup, results, react: at - start - lookup - results, paint: end - at,
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
    };
  })()`) as Promise<SearchTiming | null>;
}

/** Sends a CDP command to a target attached through `client` (a worker of the page). */
function askTarget(client: CDPSession, sessionId: string, id: number, method: string) {
  return new Promise<Record<string, unknown>>((resolve) => {
    const onMessage = (event: { sessionId: string; message: string }) => {
      const reply = JSON.parse(event.message) as { id?: number; result: Record<string, unknown> };
      if (event.sessionId !== sessionId || reply.id !== id) return;
      client.off('Target.receivedMessageFromTarget', onMessage);
      resolve(reply.result);
    };
    client.on('Target.receivedMessageFromTarget', onMessage);
    void client.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method }),
    });
  });
}

/** Bytes of JS heap in use, after a garbage collection, in the page and in each of its workers. */
export async function tabHeap(page: Page): Promise<{ page: number; workers: number }> {
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  let workers = 0;
  const { targetInfos } = await client.send('Target.getTargets');
  for (const target of targetInfos.filter((t) => t.type === 'worker')) {
    const { sessionId } = await client.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    await askTarget(client, sessionId, 1, 'HeapProfiler.collectGarbage');
    workers += Number((await askTarget(client, sessionId, 2, 'Runtime.getHeapUsage')).usedSize);
  }
  await client.detach();
  return { page: usedSize, workers };
}
