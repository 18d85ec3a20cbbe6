// Journeys through the production build in a real browser, as a reader takes them.
import { mkdirSync, readFileSync } from 'node:fs';
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
const newPage = (options = DESKTOP) => session.open(options);

describe('reading the seed article', () => {
  it('opens from the library', async () => {
    const p = await newPage();
    const library = new LibraryPage(p);
    await library.open(base);
    await library.article(seed.title).click();
    await p.getByRole('heading', { level: 1, name: seed.title }).waitFor();
    expect(p.url()).toBe(`${base}/a/${SLUG}`);
  });

  it('never downloads the English glossary in Vietnamese until the reader points at "EN"', async () => {
    const p = await newPage();
    const scripts: string[] = [];
    p.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    const glossaryLoaded = () =>
      scripts.some((path) => readFileSync(`dist${path}`, 'utf8').includes('Politburo'));
    const reader = new ReaderPage(p);
    await reader.open(base, SLUG);
    await hydrated(p, '.lang-switch button[lang="en"]');
    // The sidebar and everything else the page loads when idle have come by now.
    await reader.person('Nguyễn Văn Nên').waitFor();
    await p.waitForTimeout(1500);
    expect(scripts.length).toBeGreaterThan(0);
    expect(glossaryLoaded()).toBe(false);

    // A pointer over "EN" is an intent to switch: the glossary comes then, ahead of the click.
    await reader.languageButton('en').hover();
    await expect.poll(glossaryLoaded).toBe(true);
  });

  it('lands on each heading from the contents, changes the hash, and goes Back', async () => {
    const p = await newPage();
    const reader = new ReaderPage(p);
    await reader.open(base, SLUG);
    for (const section of seed.sections.filter((s) => s.heading)) {
      await reader.toc().getByRole('link', { name: section.heading! }).click();
      await p.waitForFunction((id) => location.hash === `#${id}`, section.id);
      const heading = p.locator(`[id="${section.id}"]`);
      await expect
        .poll(() => heading.evaluate((el) => el.getBoundingClientRect().top))
        .toBeLessThan(200);
      await expect
        .poll(() => heading.evaluate((el) => el.getBoundingClientRect().top))
        .toBeGreaterThanOrEqual(-2);
      expect(await heading.evaluate((el) => document.activeElement === el)).toBe(true);
    }
    const headed = seed.sections.filter((s) => s.heading);
    await p.goBack();
    await p.waitForFunction((id) => location.hash === `#${id}`, headed[headed.length - 2]!.id);
  });

  it('marks every mention of a person, as many as the sidebar counts, and steps through them', async () => {
    const p = await newPage();
    const reader = new ReaderPage(p);
    await reader.open(base, SLUG);
    const nen = seed.entities.people.find((x) => x.name === 'Nguyễn Văn Nên')!;
    const button = reader.person(nen.name);
    await button.click();
    const counted = Number(await button.locator('[data-mentions]').getAttribute('data-mentions'));
    await expect.poll(() => reader.marks().count()).toBe(counted);
    expect(counted).toBe(nen.mentions.length);
    const current = p.locator('article mark.current');
    const first = await current.getAttribute('data-start');
    await reader.nextPlace().click();
    await expect.poll(() => current.getAttribute('data-start')).not.toBe(first);
    await expect
      .poll(() =>
        current.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
  });

  it('marks a selected directive sentence and brings it into view', async () => {
    const p = await newPage();
    const reader = new ReaderPage(p);
    await reader.open(base, SLUG);
    const last = seed.entities.directives[seed.entities.directives.length - 1]!;
    await reader.sidebar().locator(`[data-directive="${last.id}"]`).click();
    // A directive that continues an earlier sentence's speaker brings that sentence's mark along.
    const marks = reader.marks();
    await expect.poll(() => marks.count()).toBe(last.evidence?.from ? 2 : 1);
    expect(await marks.allTextContents()).toContain(last.text);
    const mark = marks.filter({ hasText: last.text }).first();
    await expect
      .poll(() =>
        mark.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        }),
      )
      .toBe(true);
  });

  it('switches to English without fetching the article again, and stays English after a reload', async () => {
    const p = await newPage();
    const reader = new ReaderPage(p);
    const requests: string[] = [];
    p.on('request', (r) => requests.push(r.url()));
    await reader.open(base, SLUG);
    await reader.toc().waitFor();
    const before = requests.filter((u) => u.includes('/articles/')).length;
    await p.evaluate(() => window.scrollTo(0, 1200));
    await p.waitForTimeout(200);
    const scrolled = await p.evaluate(() => window.scrollY);
    // As a keyboard user does, without Playwright scrolling the header into view first.
    await reader.languageButton('en').dispatchEvent('click');
    const english = new ReaderPage(p, STRINGS.en);
    await english.toc().waitFor();
    await expect.poll(() => p.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(requests.filter((u) => u.includes('/articles/')).length).toBe(before);
    expect(Math.abs((await p.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(80);
    await expect
      .poll(() =>
        english
          .sidebar()
          .getByText(/Secretary of the Ho Chi Minh City Party Committee/)
          .count(),
      )
      .toBeGreaterThan(0);
    await p.reload();
    await english.toc().waitFor();
    await expect.poll(() => p.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('opens in the language a shared link names', async () => {
    const p = await newPage();
    await p.goto(`${base}/a/${SLUG}?lang=en`);
    await new ReaderPage(p, STRINGS.en).toc().waitFor();
    await expect.poll(() => p.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});

describe('on a phone', () => {
  it('opens the sidebar as a drawer, closes it with Escape, and never scrolls sideways', async () => {
    const p = await newPage(PHONE);
    const reader = new ReaderPage(p);
    await reader.open(base, SLUG);
    expect(await reader.horizontalOverflow()).toBeLessThanOrEqual(0);
    expect(await reader.sidebar().isVisible()).toBe(false);
    await reader.drawerToggle().click();
    await reader.sidebar().waitFor({ state: 'visible' });
    // The page behind the drawer is out of reach while it is open.
    expect(await p.locator('main').getAttribute('inert')).not.toBeNull();
    await reader.person('Nguyễn Văn Nên').click();
    await expect.poll(() => reader.marks().count()).toBeGreaterThan(0);
    await p.keyboard.press('Escape');
    await reader.sidebar().waitFor({ state: 'hidden' });
    expect(await reader.drawerToggle().evaluate((el) => document.activeElement === el)).toBe(true);
    expect(await reader.horizontalOverflow()).toBeLessThanOrEqual(0);
  });
});

describe('when things go wrong', () => {
  it('shows a not-found page for an unknown route', async () => {
    const p = await newPage();
    await p.goto(`${base}/khong/co/trang/nay`);
    await p.getByRole('heading', { level: 1, name: STRINGS.vi.notFound.title }).waitFor();
  });

  it('says that an unknown article does not exist, with a way back to the library', async () => {
    const p = await newPage();
    await p.goto(`${base}/a/khong-co-bai-nay`);
    const alert = p.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(STRINGS.vi.errors.missingTitle);
    await p.getByRole('link', { name: STRINGS.vi.reader.back, exact: true }).click();
    await p.getByRole('heading', { level: 1, name: STRINGS.vi.library.title }).waitFor();
  });

  it('explains a damaged article file and offers Retry', async () => {
    const p = await newPage();
    await p.route(`**/articles/${SLUG}.json`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ ...seed, blocks: 'oops' }),
      }),
    );
    await p.goto(`${base}/a/${SLUG}`);
    const alert = p.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(STRINGS.vi.errors.damagedTitle);
    expect(await alert.textContent()).toContain('blocks');
    await p.getByRole('button', { name: STRINGS.vi.errors.retry }).waitFor();
  });

  it('shows markup in an article as text and runs none of it', async () => {
    const p = await newPage();
    let dialogs = 0;
    p.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const evil = structuredClone(seed);
    evil.slug = 'evil';
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3)';
    evil.blocks[2]!.text = payload;
    for (const person of evil.entities.people) {
      person.mentions = person.mentions.filter((m) => m.block !== 2);
      for (const r of person.roles) r.mentions = r.mentions.filter((m) => m.block !== 2);
    }
    evil.entities.directives = evil.entities.directives.filter((d) => d.place.block !== 2);
    evil.entities.awards.forEach((a) => (a.mentions = a.mentions.filter((m) => m.block !== 2)));
    await p.route('**/articles/evil.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(evil) }),
    );
    await p.goto(`${base}/a/evil`);
    await p.getByText(payload).waitFor();
    await p.waitForTimeout(300);
    expect(dialogs).toBe(0);
    expect(await p.locator('article script, article img').count()).toBe(0);
  });
});

describe('screenshots for the README', () => {
  it.each([
    ['vi', 'desktop', DESKTOP],
    ['en', 'desktop', DESKTOP],
    ['vi', 'phone', PHONE],
    ['en', 'phone', PHONE],
  ] as const)('reader in %s at %s width', async (lang, width, options) => {
    const p = await newPage(options);
    await p.goto(`${base}/a/${SLUG}?lang=${lang}&person=nguyen-van-nen`);
    await p.locator('article mark').first().waitFor();
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.waitForTimeout(400);
    mkdirSync('docs/screenshots', { recursive: true });
    await p.screenshot({ path: `docs/screenshots/reader-${lang}-${width}.png` });
  });
});
