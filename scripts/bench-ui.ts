// npm run bench:ui: the reader in Chromium against the production build. Prints, for the seed and for
// long articles of our own words (5,000 paragraphs; 200,000 short lines; about 5 MB of JSON): the time
// from navigation to the article's first screen, the click-to-updated time of the language switch, and
// on the 5,000-paragraph article the longest main-thread task while scrolling, switching language and
// stepping through a person's mentions. Budgets: first screen 1 s, language switch 16 ms on the seed and
// 50 ms at 5,000 blocks, longest task 50 ms. Run after `npm run build`; `--dist DIR` measures another
// build (a copy of an earlier one, to compare with in the same conditions). The machine's load average
// is printed with the figures: on a busy machine every figure grows.
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { close, DESKTOP, launch } from '../tests/e2e/support/browser';
import { hydrated } from '../tests/e2e/support/hydrated';
import { bigArticle, longArticle, manyLines } from '../tests/e2e/support/huge-articles';
import { serveArticles } from '../tests/e2e/support/serve-articles';
import { startPreview } from '../tests/e2e/support/server';
import { timeToSwitch, trackPaintAndTasks } from '../tests/e2e/support/timing';

const SEED = 'tphcm-to-chuc-xay-dung-dang-2022';
const BUDGET = { firstScreen: 1000, switchSeed: 16, switchLong: 50, longestTask: 50 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let failed = false;
const report = (label: string, ms: number, budget: number) => {
  const ok = ms <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${label.padEnd(62)} ${ms.toFixed(0).padStart(6)} ms  (budget ${budget})`,
  );
};

/** Milliseconds from the start of navigation until the article's first paragraph is on screen. */
async function timeToText(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('article p').first().waitFor({ timeout: 120_000 });
  return page.evaluate(
    `(() => { const e = performance.getEntriesByName('article-visible')[0]; return e ? e.startTime : performance.now(); })()`,
  ) as Promise<number>;
}

async function main() {
  const long = longArticle(5000, 'long-5000');
  const articles = [long, manyLines(200_000, 'lines-200000'), bigArticle(2, 'big-5mb')];
  const at = process.argv.indexOf('--dist');
  const server = await startPreview(at > 0 ? process.argv[at + 1] : 'dist');
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const browser = await launch();
  try {
    const context = await browser.newContext(DESKTOP);
    await trackPaintAndTasks(context);
    const sizes = await serveArticles(context, articles);
    const page = await context.newPage();

    for (const [label, slug, runs, budget] of [
      ['seed article', SEED, 5, BUDGET.switchSeed],
      [`5,000 paragraphs (${long.blocks.length} blocks)`, 'long-5000', 3, BUDGET.switchLong],
    ] as const) {
      const loads: number[] = [];
      const switches: number[] = [];
      for (let i = 0; i < runs; i++) {
        loads.push(await timeToText(page, `${server.url}/a/${slug}?lang=vi`));
        // A pre-rendered page shows its buttons before its code runs: a click then does nothing.
        await hydrated(page, '.lang-switch button[lang="en"]');
        await page.waitForTimeout(300);
        switches.push(await timeToSwitch(page, 'en'));
        switches.push(await timeToSwitch(page, 'vi'));
      }
      report(`${label}: navigation to first screen, median`, median(loads), BUDGET.firstScreen);
      report(`${label}: language switch click to painted, median`, median(switches), budget);
    }

    for (const [slug, what] of [
      ['lines-200000', '200,000 short lines'],
      ['big-5mb', `${(sizes.get('big-5mb')! / 1e6).toFixed(1)} MB of JSON`],
    ] as const) {
      report(
        `${what}: navigation to first screen`,
        await timeToText(page, `${server.url}/a/${slug}?lang=vi`),
        BUDGET.firstScreen,
      );
    }

    // The long article: scroll through it, switch language, step through a person's mentions.
    const person = long.entities.people[0]!;
    await page.goto(`${server.url}/a/long-5000?lang=vi&person=${person.id}`);
    await page.locator('article p').first().waitFor();
    await page.waitForTimeout(1500);
    const longest = async (label: string, act: () => Promise<unknown>) => {
      await page.evaluate('window.__longest = 0');
      await act();
      await page.waitForTimeout(300);
      report(
        `5,000 paragraphs: longest task ${label}`,
        (await page.evaluate('window.__longest')) as number,
        BUDGET.longestTask,
      );
    };
    await longest('scrolling through', async () => {
      const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
      for (let y = 0; y < height; y += 1600) {
        await page.mouse.wheel(0, 1600);
        await page.waitForTimeout(16);
      }
    });
    await longest('switching language', async () => {
      await timeToSwitch(page, 'en');
      await timeToSwitch(page, 'vi');
    });
    await longest("stepping through a person's mentions", async () => {
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press(']');
        await page.waitForTimeout(30);
      }
    });
    console.log(
      `load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await close(browser);
    server.stop();
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
