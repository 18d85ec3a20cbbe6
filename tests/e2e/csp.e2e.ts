// The built pages under their Content-Security-Policy: each page loads, works, and the browser reports
// no violation (no inline script, no style or resource the policy does not allow).
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { close, DESKTOP, launch } from './support/browser';

const base = inject('baseUrl');
const SEED = 'tphcm-to-chuc-xay-dung-dang-2022';
const person = (
  JSON.parse(readFileSync(`dist/articles/${SEED}.json`, 'utf8')) as {
    entities: { people: { id: string }[] };
  }
).entities.people[0]!.id;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => close(browser));

describe('the Content-Security-Policy', () => {
  it('is in the built page, forbids inline script and allows only the site itself', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("object-src 'none'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it.each([
    ['the library', '/', 'h1'],
    ['the reader', `/a/${SEED}?person=${person}`, 'article mark'],
    ['the reader in English', `/a/${SEED}?lang=en`, 'article .role'],
    ['the import page', '/import', 'h1'],
    ['an unknown page', '/nowhere', 'h1'],
  ])('lets %s load with no violation', async (_, path, ready) => {
    const context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'allow' });
    await context.addInitScript(`
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
      });
    `);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${base}${path}`);
    await page.locator(ready).first().waitFor();
    // The theme set before paint by boot.js, and the lazily loaded parts, under the same policy.
    await page.waitForTimeout(500);
    expect(await page.evaluate('window.__violations')).toEqual([]);
    expect(errors.filter((e) => /Content.Security.Policy/i.test(e))).toEqual([]);
    await context.close();
  });
});
