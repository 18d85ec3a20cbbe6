// Huge articles in a real browser: 200,000 short lines and 5,000 paragraphs open with their first
// screen, switch language and step through a person's mentions to the far end; the sidebar's long
// lists render the rows in view, yet scroll and Tab reach every row. (bench:ui times them.)
import { describe, expect, inject, it } from 'vitest';
import type { Article } from '../../src/article/schema';
import { ReaderPage, STRINGS } from './page-models/reader-page';
import { longArticle, manyLines } from './support/huge-articles';
import { serveArticles } from './support/serve-articles';
import { browserSession } from './support/session';

const base = inject('baseUrl');
let long: Article;
let lines: Article;
const session = browserSession(() => {
  long = longArticle(5000, 'long-5000');
  lines = manyLines(200_000, 'lines-200000');
});
const newPage = () => session.open(undefined, (context) => serveArticles(context, [long, lines]));

describe('a huge article', { timeout: 120_000 }, () => {
  it('of 200,000 lines shows its first screen, then its last line in the end', async () => {
    const p = await newPage();
    await p.goto(`${base}/a/${lines.slug}`);
    await p.getByText(lines.blocks[1]!.text, { exact: true }).waitFor({ timeout: 10_000 });
    // Found by its block number: a search by text over 200,000 paragraphs, repeated while they are
    // still being added, takes the test's own minutes on a busy machine.
    const last = p.locator(`article [data-block="${lines.blocks.length - 1}"]`);
    await last.waitFor({ state: 'attached', timeout: 100_000 });
    expect(await last.textContent()).toBe(lines.blocks.at(-1)!.text);
  });

  it('of 5,000 paragraphs shows in its contents the section scrolled to, far down and back up', async () => {
    const p = await newPage();
    const reader = new ReaderPage(p);
    await reader.open(base, long.slug);
    const current = reader.toc().locator('a[aria-current="location"]');
    for (const section of [long.sections.at(-3)!, long.sections[2]!]) {
      const heading = p.locator(`article h2[id="${section.id}"]`);
      await heading.waitFor({ state: 'attached', timeout: 60_000 });
      await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect.poll(() => current.textContent(), { timeout: 10_000 }).toBe(section.heading);
    }
  });

  it('of 5,000 paragraphs switches language and steps to a mention near its end', async () => {
    const p = await newPage();
    const person = long.entities.people[0]!;
    const reader = new ReaderPage(p);
    await reader.open(base, long.slug, `?person=${person.id}`);
    await reader.languageButton('en').click();
    const english = new ReaderPage(p, STRINGS.en);
    await english.toc().waitFor();
    expect(await p.locator('html').getAttribute('lang')).toBe('en');
    // Backwards from the first mention is the last one, in the last part of the article.
    await p.getByRole('button', { name: STRINGS.en.entities.previous }).click();
    const lastBlock = Math.max(...person.mentions.map((m) => m.block));
    const current = p.locator('article mark[aria-current="true"]');
    await expect.poll(() => current.getAttribute('data-block')).toBe(String(lastBlock));
    await expect
      .poll(() => current.evaluate((el) => el.getBoundingClientRect().top), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(() => current.evaluate((el) => el.getBoundingClientRect().bottom))
      .toBeLessThan(900);
  });

  it('of 5,000 paragraphs lists its directives a screenful at a time, reached by scroll and by Tab', async () => {
    const p = await newPage();
    const reader = new ReaderPage(p);
    await reader.open(base, long.slug);
    const sidebar = p.locator('#entities-panel');
    const directives = sidebar.locator('button[data-directive]');
    await directives.first().waitFor();
    // About 1,700 directives; a screen of them and a few more are in the page.
    expect(long.entities.directives.length).toBeGreaterThan(1000);
    expect(await directives.count()).toBeLessThan(100);

    // Tab goes from row to row past the first screen: focus stays in the first issuer's list.
    const issuer = long.entities.directives[0]!.issuer;
    const ofIssuer = long.entities.directives.filter((d) => d.issuer === issuer);
    await directives.first().focus();
    for (let i = 0; i < 80; i++) await p.keyboard.press('Tab');
    expect(await p.evaluate(() => (document.activeElement as HTMLElement).dataset.directive)).toBe(
      ofIssuer[80]!.id,
    );

    // Scrolled to its end, the sidebar shows its last award.
    const last = long.entities.awards.at(-1)!;
    await expect
      .poll(async () => {
        await sidebar.evaluate((el) => el.scrollTo(0, el.scrollHeight));
        return sidebar.locator(`[data-award="${last.id}"]`).isVisible();
      })
      .toBe(true);
  });
});
