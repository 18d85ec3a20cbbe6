// npm run bench:library: the library at 1,000 and 10,000 synthetic articles (npm run synth): ingest
// time and its growth, output size, the collection bytes (gzip) fetched before the library's first
// paint, time to first paint of the library and of /people, search latency (median and p95 over 24
// queries, each from an idle page, after the first, which loads the index; with the page's longest
// task while it does) with the median of each of a query's stages, and the tab's JS heap (page and
// workers). Each size is served by a build of its own collection (bench-library-build.ts). Options (bench-library-options.ts) reuse an ingested
// collection, measure only the search, or compare builds alternately.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { close, DESKTOP, launch } from '../tests/e2e/support/browser';
import { startPreview } from '../tests/e2e/support/server';
import { buildFor, checkBuilds } from './bench-library-build';
import { benchOptions } from './bench-library-options';
import { benchQueries, searchRound } from './bench-search-round';
import { tabHeap, type SearchTiming } from './search-probe';

const TSX = join('node_modules', '.bin', 'tsx');
/** The heap's measure attaches to the search worker, which a busy machine may leave unanswered. */
const HEAP_WAIT_MS = 60_000;

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
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

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

function searchFigures(dist: string, first: SearchTiming, timings: SearchTiming[]) {
  const times = timings.map((x) => x.total);
  const stage = (k: keyof SearchTiming) =>
    pct(
      timings.map((x) => x[k]),
      0.5,
    ).toFixed(1);
  return (
    `  search (${dist}, load ${load()}): first query (loads the index) ${first.total.toFixed(0)} ms, ` +
    `the page's longest task meanwhile ${first.longestTask.toFixed(0)} ms; then ${times.length} queries ` +
    `median ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms\n` +
    `  a query's stages (medians): index lookup (in the worker, there and back) ${stage('lookup')} ms, order/filters ` +
    `${stage('results')} ms, URL update and rendering ${stage('react')} ms, to the frame painted ${stage('paint')} ms`
  );
}

/** Every figure the browser gives for the collection at `out` (already set as DOCBAO_ARTICLES). */
async function inBrowser(
  browser: Browser,
  n: number,
  searchOnly: boolean,
  dists: string[],
  rounds: number,
) {
  const lines: string[] = [];
  const queries = benchQueries(n);
  const servers = await Promise.all(dists.map((d) => startPreview(d)));
  try {
    for (let round = 0; round < rounds; round++)
      for (const [i, server] of servers.entries()) {
        const context = await browser.newContext(DESKTOP);
        const page = await context.newPage();
        if (!searchOnly && round === 0) {
          const library = await firstPaint(page, `${server.url}/?lang=en`, '.card h2 a');
          const people = await firstPaint(page, `${server.url}/people?lang=en`, '.card h2 a');
          lines.push(
            `  library first paint ${library.ms.toFixed(0)} ms with ${kb(library.bytes)} gzip of collection data; ` +
              `/people first paint ${people.ms.toFixed(0)} ms (${kb(people.bytes)}) (${dists[i]}, load ${load()})`,
          );
        }
        const { first, timings } = await searchRound(page, server.url, queries);
        lines.push(searchFigures(dists[i]!, first, timings));
        process.stdout.write(`${lines.splice(0).join('\n')}\n`);
        if (round === 0) {
          const heap = await Promise.race([tabHeap(page), page.waitForTimeout(HEAP_WAIT_MS)]);
          process.stdout.write(
            heap
              ? `  JS heap ${mb(heap.page + heap.workers)} (page ${mb(heap.page)}, workers ${mb(heap.workers)})\n`
              : `  JS heap not measured: the browser did not answer within ${HEAP_WAIT_MS / 1000} s\n`,
          );
        }
        await context.close();
      }
  } finally {
    for (const server of servers) server.stop();
  }
}

async function main() {
  const options = benchOptions(process.argv.slice(2));
  const browser = await launch();
  const perArticle: number[] = [];
  try {
    if (options.collection) {
      const manifest = JSON.parse(
        readFileSync(join(options.collection, 'library/manifest.json'), 'utf8'),
      ) as { articles: number };
      checkBuilds(options.dists, options.collection);
      process.env.DOCBAO_ARTICLES = options.collection;
      process.stdout.write(
        `${manifest.articles.toLocaleString('en')} articles (${options.collection}, ingested already): ` +
          `output ${mb(folderBytes(options.collection))}\n`,
      );
      await inBrowser(
        browser,
        manifest.articles,
        options.searchOnly,
        options.dists,
        options.rounds,
      );
    }
    for (const n of options.collection ? [] : options.sizes) {
      const dir = mkdtempSync(join(tmpdir(), `docbao-bench-${n}-`));
      try {
        run(['scripts/synth.ts', String(n), '--out', join(dir, 'in')]);
        const out = join(dir, 'out');
        const ingestMs = run(['src/cli/ingest.ts', join(dir, 'in'), '--out', out]);
        const againMs = run(['src/cli/ingest.ts', join(dir, 'in'), '--out', out]);
        perArticle.push(ingestMs / n);
        process.stdout.write(
          `${n.toLocaleString('en')} articles: ingest ${(ingestMs / 1000).toFixed(1)} s ` +
            `(${(ingestMs / n).toFixed(2)} ms/article; again, unchanged: ${(againMs / 1000).toFixed(1)} s); ` +
            `output ${mb(folderBytes(out))}, search index ${mb(statSync(join(out, 'search/index.json')).size)} ` +
            `(load ${load()})\n`,
        );
        // A build of this collection, so the first paint measured is its own.
        buildFor(out, join(dir, 'dist'));
        process.env.DOCBAO_ARTICLES = out;
        await inBrowser(browser, n, options.searchOnly, [join(dir, 'dist')], options.rounds);
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

await main().catch((err: unknown) => {
  process.stderr.write(`bench:library: ${(err as Error).message}\n`);
  process.exitCode = 2;
});
