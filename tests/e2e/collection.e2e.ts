// The library over a collection in the browser: search with and without tone marks, a shared
// search link, a filter, a person's page, an imported article found by search, an export that parses.
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import { CollectionPage } from './page-models/collection-page';
import { ImportPage } from './page-models/import-page';
import { DESKTOP } from './support/browser';
import { browserSession } from './support/session';

const base = inject('baseUrl');
const SEED_TITLE = /Ban Tổ chức Thành ủy TP HCM/;

const journey = browserSession().journey({ ...DESKTOP, acceptDownloads: true });

it('finds a name typed with or without tone marks, marks it, and keeps the query in the URL', () =>
  journey(async (page) => {
    const library = new CollectionPage(page);
    await library.open(base);
    for (const query of ['Nguyễn Văn Nên', 'nguyen van nen']) {
      await library.search(query);
      await library.result(SEED_TITLE).waitFor();
      // The URL follows the results once the page is idle after painting them.
      await page.waitForURL((url) => url.searchParams.get('q') === query);
    }
    const marks = await page.locator('.card mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    await library.search('qqxyzw');
    await page.getByText(en.library.results_other.replace('{{count}}', '0')).waitFor();
  }));

it('opens a shared search link with its results, and narrows them with a filter in the URL', () =>
  journey(async (page) => {
    const library = new CollectionPage(page);
    await library.open(base, 'q=to+chuc+dang');
    expect(await library.searchBox().inputValue()).toBe('to chuc dang');
    await library.result(SEED_TITLE).waitFor();
    await library.filter('person').selectOption('nguyen-van-nen');
    await page.waitForURL(/person=nguyen-van-nen/);
    await library.result(SEED_TITLE).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('to chuc dang');
  }));

it('links a person in the sidebar to their page, which lists their articles and directives', () =>
  journey(async (page) => {
    await page.goto(`${base}/a/tphcm-to-chuc-xay-dung-dang-2022?lang=en`);
    await page
      .getByRole('link', { name: en.people.page.replace('{{name}}', 'Nguyễn Văn Nên') })
      .click();
    await page.waitForURL(/\/people\/nguyen-van-nen$/);
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Văn Nên' }).waitFor();
    await page.getByRole('link', { name: SEED_TITLE }).first().waitFor();
    const directives = page.getByRole('heading', { level: 2, name: /directives/ });
    expect(await directives.textContent()).toMatch(/[1-9]\d* directives/);
    await page.goto(`${base}/people?lang=en&q=nguyen van`);
    await page.getByRole('link', { name: 'Nguyễn Văn Nên' }).waitFor();
  }));

it('finds an imported article by search and its person on /people, marked local, and exports results that parse', () =>
  journey(async (page) => {
    const importer = new ImportPage(page);
    await importer.open(base);
    await importer.paste(
      'Sáng 2/9/2025, Giám đốc Sở Y tế tỉnh Gia Lai Vũ Thanh Phong kiểm tra trạm y tế xã.\n\nÔng Vũ Thanh Phong yêu cầu các trạm trực đủ người.\n',
    );
    await page.waitForURL(/\/mine\//);
    const library = new CollectionPage(page);
    await library.open(base);
    await library.search('vu thanh phong');
    const card = page.locator('.card', { hasText: 'Vũ Thanh Phong' }).first();
    await card.getByText(en.library.local).waitFor();

    // Their person joins the people pages, marked local, with the imported article on their page.
    await page.goto(`${base}/people?lang=en`);
    const mine = page.getByRole('region', { name: en.people.localTitle });
    await mine.getByRole('link', { name: 'Vũ Thanh Phong' }).click();
    await page.waitForURL(/\/people\/mine\/vu-thanh-phong$/);
    await page.getByRole('heading', { level: 1, name: 'Vũ Thanh Phong' }).waitFor();
    const local = page
      .getByRole('region', { name: en.people.articlesTitle })
      .getByRole('link', { name: /Vũ Thanh Phong/ });
    expect(await local.getAttribute('href')).toMatch(/^\/mine\//);
    await library.open(base);

    await library.search('nguyen van nen');
    await library.result(SEED_TITLE).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      library.exportButton('jsonl').click(),
    ]);
    const rows = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, string>);
    expect(rows.some((r) => r.item === 'directive' && r.person === 'Nguyễn Văn Nên')).toBe(true);
    expect(rows.every((r) => r.slug && r.title)).toBe(true);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      library.exportButton('csv').click(),
    ]);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('item,slug,title,date,source,person,role,text,kind,recipient');
    expect(lines.length).toBeGreaterThan(rows.length);
  }));
