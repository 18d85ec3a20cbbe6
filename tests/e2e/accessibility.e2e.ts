// axe-core, injected into the page itself, on every kind of page a reader meets: zero violations.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ReaderPage, STRINGS } from './page-models/reader-page';
import { close, DESKTOP, launch, PHONE, screenshotOnFailure } from './support/browser';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SLUG = 'tphcm-to-chuc-xay-dung-dang-2022';
const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => close(browser));

async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return violations;
}

async function check(
  options: typeof DESKTOP,
  path: string,
  prepare?: (page: Page) => Promise<void>,
) {
  // axe is injected as an inline script, which the site's CSP rightly forbids (csp.e2e.ts checks it).
  const context = await browser.newContext({ ...options, bypassCSP: true });
  const page = await context.newPage();
  try {
    await page.goto(`${base}${path}`);
    await page.locator('main').first().waitFor();
    await page.waitForLoadState('networkidle');
    await prepare?.(page);
    const violations = await audit(page);
    if (violations.length) await screenshotOnFailure(page, `axe-${path}`);
    return violations;
  } finally {
    await context.close();
  }
}

describe('axe finds nothing', () => {
  it('on the library', async () => {
    expect(await check(DESKTOP, '/')).toEqual([]);
  });

  it.each(['vi', 'en'] as const)('on the reader in %s with an item selected', async (lang) => {
    expect(
      await check(DESKTOP, `/a/${SLUG}?lang=${lang}&person=nguyen-van-nen`, async (p) => {
        await p.locator('article mark').first().waitFor();
      }),
    ).toEqual([]);
  });

  it('on the phone with the drawer open', async () => {
    expect(
      await check(PHONE, `/a/${SLUG}?lang=vi`, async (p) => {
        const reader = new ReaderPage(p, STRINGS.vi);
        await reader.drawerToggle().click();
        await reader.sidebar().waitFor({ state: 'visible' });
      }),
    ).toEqual([]);
  });

  it('on the import page', async () => {
    expect(await check(DESKTOP, '/import')).toEqual([]);
  });

  it('on the not-found page', async () => {
    expect(await check(DESKTOP, '/khong-co')).toEqual([]);
  });
});
