// The evidence a directive or award carries: the sidebar says which cue made it one and whose remarks a
// directive continues, and selecting such a directive marks both its sentence and the one that named
// its issuer.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/article/schema';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { at, handBuilt, handBuiltFiles } from '../hand-built-article';

const t = (key: string, options?: Record<string, unknown>) =>
  String(i18n.t(key as never, options as never));

/** The hand-built article, with the quotation's directive continuing Trần Văn An's instruction. */
function withEvidence(): Article {
  const article = structuredClone(handBuilt);
  const [first, second] = article.entities.directives;
  first!.evidence = { attribution: 'own' };
  second!.issuer = 'tran-van-an';
  second!.evidence = { attribution: 'continuation', from: first!.place };
  article.entities.awards[0]!.evidence = { cue: 'trao', place: at(2, 'trao') };
  return article;
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
  vi.stubGlobal('fetch', vi.fn(fakeFetch(handBuiltFiles(withEvidence()))));
});
afterEach(() => vi.unstubAllGlobals());

async function sidebar() {
  renderApp(`/a/${handBuilt.slug}`);
  await screen.findByRole('heading', { level: 1, name: handBuilt.title });
  const aside = screen.getByRole('complementary', { name: t('entities.label') });
  await within(aside).findByRole('region', { name: new RegExp(t('entities.directives')) });
  return aside;
}

describe('the evidence in the sidebar', () => {
  it('says which cue made each directive and whose remarks a directive continues', async () => {
    const aside = await sidebar();
    const list = within(aside).getByRole('region', { name: new RegExp(t('entities.directives')) });
    const items = within(list).getAllByRole('button', { pressed: false });
    expect(items[0]).toHaveTextContent(t('entities.cueWas', { cue: 'yêu cầu' }));
    expect(items[0]).not.toHaveTextContent(t('entities.continuing', { name: 'Trần Văn An' }));
    expect(items[1]).toHaveTextContent(t('entities.cueWas', { cue: 'đề nghị' }));
    expect(items[1]).toHaveTextContent(t('entities.continuing', { name: 'Trần Văn An' }));
  });

  it('says when a later sentence named whose instruction a directive was', async () => {
    const article = withEvidence();
    const [first, second] = article.entities.directives;
    first!.issuer = 'tran-van-an';
    first!.evidence = { attribution: 'named-after', from: second!.place };
    vi.stubGlobal('fetch', vi.fn(fakeFetch(handBuiltFiles(article))));
    const aside = await sidebar();
    const list = within(aside).getByRole('region', { name: new RegExp(t('entities.directives')) });
    const items = within(list).getAllByRole('button', { pressed: false });
    expect(items[0]).toHaveTextContent(t('entities.namedAfter', { name: 'Trần Văn An' }));
    expect(items[0]).not.toHaveTextContent(t('entities.continuing', { name: 'Trần Văn An' }));
  });

  it('says which verb made an award', async () => {
    const aside = await sidebar();
    const awards = within(aside).getByRole('region', { name: new RegExp(t('entities.awards')) });
    expect(awards).toHaveTextContent(t('entities.conferredBy', { cue: 'trao' }));
  });

  it('marks the directive and the sentence that named its issuer when it is selected', async () => {
    const aside = await sidebar();
    const list = within(aside).getByRole('region', { name: new RegExp(t('entities.directives')) });
    const continuing = within(list).getAllByRole('button', { pressed: false })[1]!;
    await userEvent.click(continuing);
    await waitFor(() => expect(document.querySelectorAll('article mark')).toHaveLength(2));
    const marked = [...document.querySelectorAll('article mark')].map((m) => m.textContent);
    expect(marked).toEqual([
      handBuilt.entities.directives[0]!.text,
      handBuilt.entities.directives[1]!.text,
    ]);
  });
});
