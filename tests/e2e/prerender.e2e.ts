// The pre-rendered pages (scripts/vite/prerender.ts): without JavaScript the library lists the article
// and the reader shows it, with contents that jump to its sections; with JavaScript the same HTML is
// hydrated (React keeps the nodes on screen, says nothing in the console) and then responds, in the
// reader's own language.
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Article } from '../../src/article/schema';
import { LibraryPage } from './page-models/library-page';
import { ReaderPage, STRINGS } from './page-models/reader-page';
import { DESKTOP, PHONE } from './support/browser';
import { hydrated } from './support/hydrated';
import { browserSession } from './support/session';

const SLUG = 'tphcm-to-chuc-xay-dung-dang-2022';
const seed = JSON.parse(readFileSync(`dist/articles/${SLUG}.json`, 'utf8')) as Article;
const base = inject('baseUrl');

const session = browserSession();

describe('without JavaScript', () => {
  it('reads a pre-rendered article from the library and jumps to its sections', async () => {
    const page = await session.open({ ...PHONE, javaScriptEnabled: false });
    await page.goto(`${base}/`);
    await new LibraryPage(page).article(seed.title).click();
    await page.waitForURL(`${base}/a/${SLUG}`);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(seed.title);
    const paragraphs = seed.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
    const shown = await page.locator('article p').allTextContents();
    for (const text of paragraphs) expect(shown).toContain(text);

    const section = seed.sections.find((s) => s.heading)!;
    const reader = new ReaderPage(page);
    await reader.toc().getByRole('link', { name: section.heading! }).click();
    await page.waitForURL(`${base}/a/${SLUG}#${section.id}`);
    const heading = page.getByRole('heading', { level: 2, name: section.heading! });
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-2);
    expect(top).toBeLessThan(100);
  });
});

/**
 * Opens `path` and records what hydration must not do: log an error or a warning, or replace the
 * pre-rendered node `selector` (React re-creates the page when the HTML does not match).
 */
async function openWatched(
  path: string,
  selector: string,
  options = DESKTOP,
  prepare?: (context: BrowserContext) => Promise<unknown>,
) {
  const page = await session.open(options, async (context) => {
    await prepare?.(context);
    await context.addInitScript(`
    new MutationObserver((_, observer) => {
      const node = document.querySelector(${JSON.stringify(selector)});
      if (node) { window.__prerendered = node; observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  `);
  });
  const messages: string[] = [];
  page.on('console', (m) => {
    // The service worker is blocked on purpose in these tests (support/browser.ts).
    if (/Service Worker registration blocked/.test(m.text())) return;
    if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
  });
  page.on('pageerror', (e) => messages.push(e.message));
  await page.goto(`${base}${path}`);
  const kept = () =>
    page.evaluate(
      (s) => (window as { __prerendered?: Element }).__prerendered === document.querySelector(s),
      selector,
    );
  return { page, messages, kept };
}

describe('with JavaScript', () => {
  it('hydrates the reader silently, keeping its nodes, and switches language', async () => {
    const { page, messages, kept } = await openWatched(`/a/${SLUG}`, '#article-title');
    await hydrated(page, '#article-title');
    const reader = new ReaderPage(page);
    await reader.languageButton('en').click();
    await page.getByRole('navigation', { name: STRINGS.en.toc.label }).waitFor();
    expect(await kept()).toBe(true);
    await page.waitForTimeout(300);
    expect(messages).toEqual([]);
  });

  it('switches to English silently when the sidebar hydrates after the click', async () => {
    // The sidebar's code comes last; on a slow phone React hydrates it in slices. A click on "EN" in
    // between used to hydrate the sidebar in English against its Vietnamese HTML (error #418). Here
    // the CPU runs 4 times slower and the click comes in the task right after the sidebar's code ran.
    const item = '#entities-panel .items li';
    const { page, messages, kept } = await openWatched(`/a/${SLUG}`, item, DESKTOP, (c) =>
      c.route('**/assets/entity-sidebar-*.js', async (route) => {
        const response = await route.fetch();
        const click = `document.querySelector('.lang-switch button[lang="en"]').click()`;
        const body = `${await response.text()}\n;setTimeout(() => ${click});`;
        await route.fulfill({ response, body });
      }),
    );
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.getByRole('navigation', { name: STRINGS.en.toc.label }).waitFor();
    await hydrated(page, `${item} button`);
    await new ReaderPage(page, STRINGS.en).people().waitFor();
    await page.waitForTimeout(300);
    expect(messages).toEqual([]);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await kept()).toBe(true);
  });

  it('adopts the sidebar as it was pre-rendered instead of rendering it again', async () => {
    // A synchronous re-render right after hydration, reaching the sidebar while its code was still on
    // its way, used to throw its HTML away and build it again (a flash, and a long task on a phone).
    const { page, messages, kept } = await openWatched(`/a/${SLUG}`, '#entities-panel .items li');
    await hydrated(page, '#entities-panel .items li button');
    await page.waitForTimeout(300);
    expect(await kept()).toBe(true);
    expect(messages).toEqual([]);
  });

  it('gives a reader who chose English the page in English, with no layout shift', async () => {
    const { page, messages, kept } = await openWatched(`/a/${SLUG}`, '#article-title', {
      ...PHONE,
      storageState: {
        cookies: [],
        origins: [{ origin: base, localStorage: [{ name: 'docbao.lang', value: 'en' }] }],
      },
    });
    await page.getByRole('button', { name: STRINGS.en.toc.open }).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await kept()).toBe(true);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) total += (e as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.05);
    expect(messages).toEqual([]);
  });

  it('renders in place of the HTML, silently, an article whose file was damaged since the build', async () => {
    const { page, messages } = await openWatched(`/a/${SLUG}`, '#article-title', DESKTOP, (c) =>
      c.route(`**/articles/${SLUG}.json`, (route) =>
        route.fulfill({ contentType: 'application/json', body: '{"blocks":"oops"}' }),
      ),
    );
    await page.getByRole('alert').filter({ hasText: STRINGS.vi.errors.damagedTitle }).waitFor();
    expect(messages).toEqual([]);
  });

  it('hydrates the library silently and opens the article from it', async () => {
    const { page, messages, kept } = await openWatched('/', 'main h1');
    const library = new LibraryPage(page);
    await library.article(seed.title).waitFor();
    expect(await kept()).toBe(true);
    await library.article(seed.title).click();
    await page.getByRole('navigation', { name: STRINGS.vi.toc.label }).waitFor();
    expect(page.url()).toBe(`${base}/a/${SLUG}`);
    expect(messages).toEqual([]);
  });
});
