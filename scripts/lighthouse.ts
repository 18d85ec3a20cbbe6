// npm run lighthouse [path…] [--runs N]: Lighthouse (mobile preset) on pages of the production build,
// in Debian's Chromium: by default the seed's reader page and the library, three runs each, printing
// each run and the median of the four scores and of the paint, blocking and shift metrics, with the
// machine's load (scores fall on a busy machine). Fails when a median is below its floor: performance
// 95, accessibility 100, best practices 100, SEO 95; the target is 100 everywhere and LCP at
// most 1.2 s. Run after `npm run build`. `--save DIR` also writes each run's full report (JSON: the
// long tasks, the main-thread breakdown, the LCP element) to DIR.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/e2e/support/browser';
import { startPreview } from '../tests/e2e/support/server';
import { median, pageRuns } from './support/page-runs';

const FLOORS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 } as const;
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;

const args = process.argv.slice(2);
const saveAt = args.indexOf('--save');
const saveDir = saveAt >= 0 ? args.splice(saveAt, 2)[1] : undefined;
if (saveAt >= 0 && !saveDir) {
  console.error('lighthouse: --save takes a folder');
  process.exit(2);
}
if (saveDir) mkdirSync(saveDir, { recursive: true });
const { runs, paths } = pageRuns('lighthouse', args);

const show = (id: string, value: number) =>
  id === 'cumulative-layout-shift'
    ? value.toFixed(3)
    : value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${Math.round(value)} ms`;

type Run = { scores: Record<string, number>; metrics: Record<string, number>; misses: string[] };

async function audit(url: string, port: number, save?: string): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(FLOORS),
    formFactor: 'mobile',
  });
  if (!result) throw new Error('Lighthouse returned no result');
  if (save) writeFileSync(save, JSON.stringify(result.lhr));
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(
    Object.keys(FLOORS).map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
  );
  const metrics = Object.fromEntries(
    Object.keys(METRICS).map((id) => [id, audits[id]?.numericValue ?? NaN]),
  );
  // What costs points: every weighted audit below full marks, and the performance opportunities.
  const misses = Object.values(categories).flatMap((category) =>
    category.auditRefs
      .map((ref) => audits[ref.id])
      .filter(
        (a) =>
          a &&
          a.score !== null &&
          a.score < 1 &&
          (a.details?.type === 'opportunity' || category.id !== 'performance'),
      )
      .map((a) => `${category.id}: ${a!.id} (${a!.displayValue ?? a!.title})`),
  );
  return { scores, metrics, misses };
}

const server = await startPreview();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
let failed = false;
try {
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the start`,
  );
  for (const path of paths) {
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'library'}-${i + 1}.json`;
      const run = await audit(`${server.url}${path}`, chrome.port, saveDir && join(saveDir, name));
      results.push(run);
      const metrics = Object.entries(METRICS).map(
        ([id, name]) => `${name} ${show(id, run.metrics[id]!)}`,
      );
      console.log(
        `${path} run ${i + 1}: ${Object.values(run.scores).join('/')}  ${metrics.join(', ')}`,
      );
    }
    console.log(`${path}: median of ${runs}`);
    for (const [id, floor] of Object.entries(FLOORS)) {
      const score = median(results.map((r) => r.scores[id]!));
      const ok = score >= floor;
      failed ||= !ok;
      console.log(
        `${ok ? 'ok  ' : 'LOW '} ${id.padEnd(15)} ${String(score).padStart(3)}  (floor ${floor}, target 100)`,
      );
    }
    for (const [id, name] of Object.entries(METRICS))
      console.log(`     ${name.padEnd(4)} ${show(id, median(results.map((r) => r.metrics[id]!)))}`);
    for (const miss of new Set(results.flatMap((r) => r.misses))) console.log(`     ${miss}`);
  }
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the end`,
  );
} finally {
  await chrome.kill();
  server.stop();
}
process.exitCode = failed ? 1 : 0;
