// One round of the library's search as bench:library measures it: the queries a reader of a
// collection of `n` articles types (full names with and without tone marks, broad words, titles of
// awards), each submitted to an idle page after the first (which loads the index).
import type { Page } from 'playwright-core';
import { cast } from '../src/collection/synth/compose';
import { hydrated } from '../tests/e2e/support/hydrated';
import { searchOnce, type SearchTiming } from './search-probe';

const PAUSE_MS = 300;
const SETTLE_MS = 2000;

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

export function benchQueries(n: number): string[] {
  const officials = cast(Math.max(40, Math.round(n / 25)), 7);
  return [
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
}

/** A query, asked again if the search box was replaced before it took (search-probe.ts). */
async function searchUntilTaken(page: Page, query: string): Promise<SearchTiming> {
  for (let tries = 0; tries < 3; tries++) {
    const timing = await searchOnce(page, query);
    if (timing) return timing;
    await hydrated(page, 'input[type="search"]');
  }
  throw new Error(`the search box kept being replaced: "${query}" was never submitted`);
}

/** Opens the library at `url`, searches once to load the index, then times each query. */
export async function searchRound(page: Page, url: string, queries: string[]) {
  page.on('crash', () => process.stderr.write('bench:library: the page crashed\n'));
  const say = (what: string) => process.stderr.write(`  ${url}: ${what}\n`);
  await page.goto(`${url}/?lang=en`);
  say('library open');
  // The pre-rendered form is on screen before the app's code runs: search once it has.
  await hydrated(page, 'input[type="search"]');
  // When the pre-rendered page differs from the collection served, React renders it again just
  // after: let that pass, and take the new box.
  await page.waitForTimeout(SETTLE_MS);
  await hydrated(page, 'input[type="search"]');
  say('search box ready');
  const first = await searchUntilTaken(page, 'phong chong thien tai');
  say(`index loaded in ${first.total.toFixed(0)} ms`);
  const timings: SearchTiming[] = [];
  for (const q of queries) {
    // A reader submits a query to an idle page: what the last one left for after its paint
    // (the filters' counts, the URL) is done by then.
    await page.waitForTimeout(PAUSE_MS);
    timings.push(await searchUntilTaken(page, q));
    // Progress on stderr: a run at 10,000 articles on a busy machine takes minutes.
    process.stderr.write(`  ${q}: ${timings.at(-1)!.total.toFixed(0)} ms\n`);
  }
  return { first, timings };
}
