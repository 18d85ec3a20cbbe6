// npm run bench:library: the library at 1,000 and 10,000 synthetic articles (npm run synth): ingest
// time and its growth, output size, the collection bytes (gzip) fetched before the library's first
// paint, time to first paint of the library and of /people, search latency (median and p95 over 24
// queries, each from an idle page, after the first, which loads the index; with the page's longest
// task while it does) with the median of each of a query's stages, and the tab's JS heap (page and
// workers). Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { cast } from '../src/collection/synth/compose';
import { close, DESKTOP, launch } from '../tests/e2e/support/browser';
import { hydrated } from '../tests/e2e/support/hydrated';
import { startPreview } from '../tests/e2e/support/server';
import { searchOnce, tabHeap, type SearchTiming } from './search-probe';

const SIZES = (process.argv[2] ?? '1000,10000').split(',').map(Number);
const TSX = join('node_modules', '.bin', 'tsx');
const PAUSE_MS = 300;

function run(args: string[]) {
  const started = performance.now();
  const r = spawnSync(TSX, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return performance.now() - started;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    total += s.isDirectory() ? folderBytes(path) : s.size;
  }
  return total;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Navigates and returns ms from navigation start until `selector` is visible, and the gzip bytes of /articles/ files fetched by then. */
async function firstPaint(page: Page, url: string, selector: string) {
  const bodies: Promise<number>[] = [];
  const onResponse = (r: import('playwright-core').Response) => {
    if (new URL(r.url()).pathname.startsWith('/articles/'))
      bodies.push(
        r.body().then(
          (b) => gzipSync(b).length,
          () => 0,
        ),
      );
  };
  page.on('response', onResponse);
  await page.goto(url);
  await page.locator(selector).first().waitFor();
  const ms = (await page.evaluate('performance.now()')) as number;
  page.off('response', onResponse);
  const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  return { ms, bytes };
}

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

async function main() {
  const browser = await launch();
  const rows: string[] = [];
  const perArticle: number[] = [];
  try {
    for (const n of SIZES) {
      const dir = mkdtempSync(join(tmpdir(), `docbao-bench-${n}-`));
      try {
        run(['scripts/synth.ts', String(n), '--out', join(dir, 'in')]);
        const out = join(dir, 'out');
        const ingestMs = run(['src/cli/ingest.ts', join(dir, 'in'), '--out', out]);
        const againMs = run(['src/cli/ingest.ts', join(dir, 'in'), '--out', out]);
        perArticle.push(ingestMs / n);
        process.env.DOCBAO_ARTICLES = out;
        const server = await startPreview();
        try {
          const context = await browser.newContext(DESKTOP);
          const page = await context.newPage();
          const library = await firstPaint(page, `${server.url}/?lang=en`, '.card h2 a');
          const people = await firstPaint(page, `${server.url}/people?lang=en`, '.card h2 a');
          await page.goto(`${server.url}/?lang=en`);
          // The pre-rendered form is on screen before the app's code runs: search once it has.
          await hydrated(page, 'input[type="search"]');
          const officials = cast(Math.max(40, Math.round(n / 25)), 7);
          const queries = [
            ...officials.slice(0, 8).map((o) => o.name),
            ...officials.slice(8, 16).map((o) => plain(o.name)),
            'đê điều',
            'de dieu',
            'chuyen doi so',
            'Bằng khen',
            'trạm y tế',
            'giai ngan',
            'Long An',
            'huan chuong',
          ];
          const first = await searchOnce(page, 'phong chong thien tai');
          const timings: SearchTiming[] = [];
          for (const q of queries) {
            // A reader submits a query to an idle page: what the last one left for after its paint
            // (the filters' counts, the URL) is done by then.
            await page.waitForTimeout(PAUSE_MS);
            timings.push(await searchOnce(page, q));
          }
          const times = timings.map((x) => x.total);
          const stage = (k: keyof SearchTiming) =>
            pct(
              timings.map((x) => x[k]),
              0.5,
            ).toFixed(1);
          const heap = await tabHeap(page);
          rows.push(
            `${n.toLocaleString('en')} articles: ingest ${(ingestMs / 1000).toFixed(1)} s ` +
              `(${(ingestMs / n).toFixed(2)} ms/article; again, unchanged: ${(againMs / 1000).toFixed(1)} s); ` +
              `output ${mb(folderBytes(out))}, search index ${mb(statSync(join(out, 'search/index.json')).size)}\n` +
              `  library first paint ${library.ms.toFixed(0)} ms with ${kb(library.bytes)} gzip of collection data; ` +
              `/people first paint ${people.ms.toFixed(0)} ms (${kb(people.bytes)})\n` +
              `  search: first query (loads the index) ${first.total.toFixed(0)} ms, the page's longest task ` +
              `meanwhile ${first.longestTask.toFixed(0)} ms; then ${times.length} queries ` +
              `median ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms; ` +
              `JS heap ${mb(heap.page + heap.workers)} (page ${mb(heap.page)}, workers ${mb(heap.workers)})\n` +
              `  a query's stages (medians): index lookup (in the worker, there and back) ${stage('lookup')} ms, order/filters ` +
              `${stage('results')} ms, URL update and rendering ${stage('react')} ms, to the frame painted ${stage('paint')} ms`,
          );
          process.stdout.write(`${rows.at(-1)}\n`);
          await context.close();
        } finally {
          server.stop();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    if (perArticle.length > 1)
      process.stdout.write(
        `ingest growth: ${perArticle.map((x) => x.toFixed(2)).join(' → ')} ms per article (linear when flat)\n`,
      );
  } finally {
    await close(browser);
  }
}

await main();
