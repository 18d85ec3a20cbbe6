// npm run blocking-time [path…] [--runs N]: the main thread's blocking time of pages of the production
// build as Lighthouse's mobile simulation counts it, but from CPU time. Each run opens the page in
// Debian's Chromium as Lighthouse does (412×823 at 1.75×, a phone, English) and traces it; every task
// after the first paint blocks for 4 × its CPU time − 50 ms (Lighthouse slows the CPU 4× and counts
// what passes 50 ms). Lighthouse reads the tasks' wall-clock time, which on a machine shared with
// other work grows with the load; CPU time barely does, so two builds compare on a busy machine.
// Prints each run's blocking time with the tasks that make it, the CPU time before the first paint,
// and the medians. Run after `npm run build`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/e2e/support/browser';
import { startPreview } from '../tests/e2e/support/server';
import { median, pageRuns } from './support/page-runs';

const { runs, paths } = pageRuns('blocking-time', process.argv.slice(2));

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { documentLoaderURL?: string }; beginData?: { url?: string } };
}

const ms = (us: number) => us / 1000;

/** The page's main thread: the one that parsed its HTML. */
function pageThread(events: TraceEvent[], origin: string) {
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(origin),
  );
  if (!parse) throw new Error('the trace holds no parse of the page');
  return events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
}

function measure(events: TraceEvent[], origin: string) {
  const thread = pageThread(events, origin);
  const start = thread.findLast(
    (e) =>
      e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').startsWith(origin),
  )?.ts;
  const paint = thread.find((e) => e.name === 'firstContentfulPaint')?.ts;
  if (start === undefined || paint === undefined) throw new Error('the page never painted');
  const tasks = thread.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= start);
  const cpu = (e: TraceEvent) => ms(e.tdur ?? e.dur ?? 0);
  const blocking = tasks
    .filter((e) => e.ts > paint && 4 * cpu(e) > 50)
    .map((e) => ({ at: ms(e.ts - start), cpu: cpu(e), blocks: 4 * cpu(e) - 50 }));
  return {
    paint: ms(paint - start),
    beforePaint: tasks.filter((e) => e.ts < paint).reduce((n, e) => n + cpu(e), 0),
    blocking,
    total: blocking.reduce((n, t) => n + t.blocks, 0),
  };
}

const server = await startPreview();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const dir = mkdtempSync(join(tmpdir(), 'blocking-time-'));
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
try {
  console.log(`load average ${load()} at the start`);
  for (const path of paths) {
    const totals: number[] = [];
    const before: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
        locale: 'en-US',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      const file = join(dir, `run-${i}.json`);
      await browser.startTracing(page, {
        path: file,
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'loading',
          'blink.user_timing',
        ],
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      // The app starts after the first paint and hydrates in the background: wait for it all.
      await page.waitForTimeout(3000);
      await browser.stopTracing();
      await context.close();
      const trace = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };
      const run = measure(trace.traceEvents, server.url);
      totals.push(run.total);
      before.push(run.beforePaint);
      const tasks = run.blocking.map((t) => `@${t.at.toFixed(0)} ${t.cpu.toFixed(1)} ms`);
      console.log(
        `${path} run ${i + 1}: blocking ${run.total.toFixed(0)} ms (tasks: ${tasks.join(', ') || 'none'}), first paint at ${run.paint.toFixed(0)} ms after ${run.beforePaint.toFixed(0)} ms of CPU`,
      );
    }
    console.log(
      `${path}: median of ${runs}: blocking ${median(totals).toFixed(0)} ms, CPU before the first paint ${median(before).toFixed(0)} ms`,
    );
  }
  console.log(`load average ${load()} at the end`);
} finally {
  await browser.close();
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
