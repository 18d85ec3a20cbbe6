// A long article (seven hundred blocks, hundreds of directives): it renders a chunk at a time, yet a
// deep link, a step to a far mention and the sidebar's long lists behave as on a short one. (That a
// long list renders only the rows in view needs a real layout: tests/e2e/huge-article.e2e.ts.)
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/article/schema';
import { summarize } from '@/article/validate';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { longArticle } from '../../e2e/support/huge-articles';

const t = (key: string, options?: Record<string, unknown>) =>
  String(i18n.t(key as never, options as never));
// Rendering a thousand blocks in jsdom takes seconds on a busy machine.
const WAIT = { timeout: 15_000 };
let article: Article;

beforeAll(() => {
  article = longArticle(700, 'long-test');
});
beforeEach(async () => {
  await i18n.changeLanguage('en');
  vi.stubGlobal(
    'fetch',
    vi.fn(
      fakeFetch({
        '/articles/index.json': { schemaVersion: 1, articles: [summarize(article)] },
        [`/articles/${article.slug}.json`]: article,
      }),
    ),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('a long article', { timeout: 30_000 }, () => {
  it('renders every block in the end, the last one included', async () => {
    renderApp(`/a/${article.slug}`);
    await screen.findByRole('heading', { level: 1, name: article.title }, WAIT);
    const last = article.blocks.length - 1;
    await waitFor(
      () => expect(document.querySelector(`[data-block="${last}"]`)).not.toBeNull(),
      WAIT,
    );
    expect(document.querySelectorAll('article [data-block]')).toHaveLength(article.blocks.length);
  });

  it('opens a deep link at a section near its end', async () => {
    const section = article.sections.at(-2)!;
    renderApp(`/a/${article.slug}#${section.id}`);
    await screen.findByRole('heading', { level: 1, name: article.title }, WAIT);
    await waitFor(() => expect(document.activeElement?.id).toBe(section.id), WAIT);
  });

  it('steps backwards from the first mention to the last one, far down the article', async () => {
    const person = article.entities.people[0]!;
    const lastPlace = person.mentions.reduce((a, b) => (b.block > a.block ? b : a));
    renderApp(`/a/${article.slug}?person=${person.id}`);
    await screen.findByRole('heading', { level: 1, name: article.title }, WAIT);
    await userEvent.click(await screen.findByRole('button', { name: t('entities.previous') }));
    await waitFor(() => {
      const current = document.querySelector('article mark[aria-current="true"]');
      expect(current?.getAttribute('data-block')).toBe(String(lastPlace.block));
    }, WAIT);
  });

  it('keeps the selected one of hundreds of directives rendered, and says where it stands in its list', async () => {
    const far = article.entities.directives[120]!;
    renderApp(`/a/${article.slug}?directive=${far.id}`);
    const sidebar = await screen.findByRole('complementary', { name: t('entities.label') }, WAIT);
    const group = await within(sidebar).findByRole(
      'region',
      { name: new RegExp(t('entities.directives')) },
      WAIT,
    );
    const selected = await waitFor(() => {
      const item = group.querySelector(`[data-directive="${far.id}"]`);
      expect(item).not.toBeNull();
      return item!;
    }, WAIT);
    expect(selected).toHaveAttribute('aria-pressed', 'true');
    // Its row tells assistive technology where it stands in its issuer's list.
    const row = selected.closest('li')!;
    const ofIssuer = article.entities.directives.filter((d) => d.issuer === far.issuer);
    expect(row).toHaveAttribute('aria-setsize', String(ofIssuer.length));
    expect(row).toHaveAttribute('aria-posinset', String(ofIssuer.indexOf(far) + 1));
  });
});
