// Issue 15, item 5: a damaged or missing library index is named at once, and one bad entry never
// hides the others.
import { expect, inject, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import { DESKTOP } from './support/browser';
import { browserSession } from './support/session';

const base = inject('baseUrl');
const SEED_TITLE = /Ban Tổ chức Thành ủy TP HCM/;
const subject = en.library.file.index;

const journey = browserSession().journey(DESKTOP);

it('says at once that the index is missing', () =>
  journey(async (page) => {
    await page.route('**/articles/library/manifest.json', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    const started = Date.now();
    await page.goto(`${base}/?lang=en`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 4000 });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(await alert.textContent()).toBe(
      en.library.problem.missing.replace('{{subject}}', subject),
    );
  }));

it('says that a truncated index is damaged, and where', () =>
  journey(async (page) => {
    await page.route('**/articles/library/manifest.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"arti' }),
    );
    await page.goto(`${base}/?lang=en`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 4000 });
    expect(await alert.textContent()).toMatch(
      /The library's index is damaged and cannot be read: not JSON/,
    );
  }));

it('shows the good entries and names the bad one', () =>
  journey(async (page) => {
    await page.route('**/articles/library/page-1.json', async (route) => {
      const page1 = (await (await route.fetch()).json()) as { entries: Record<string, unknown>[] };
      page1.entries.push({ ...page1.entries[0], slug: '../../secret', title: 'Bad one' });
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(page1),
      });
    });
    await page.goto(`${base}/?lang=en`);
    await page.getByRole('link', { name: SEED_TITLE }).waitFor();
    const status = page
      .getByRole('status')
      .filter({ hasText: en.library.badEntries_one.replace('{{count}}', '1') });
    await status.waitFor();
    expect(await status.textContent()).toContain('../../secret');
    expect(await page.getByRole('link', { name: 'Bad one' }).count()).toBe(0);
  }));
