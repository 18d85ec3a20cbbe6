// The sidebar and the marks in the text, on a hand-built article whose every range is known.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { handBuilt, handBuiltFiles } from '../hand-built-article';

const t = (key: string, options?: Record<string, unknown>) =>
  String(i18n.t(key as never, options as never));
const [an, binh] = handBuilt.entities.people;
const award = handBuilt.entities.awards[0]!;

beforeEach(async () => {
  await i18n.changeLanguage('en');
  vi.stubGlobal('fetch', vi.fn(fakeFetch(handBuiltFiles())));
});
afterEach(() => vi.unstubAllGlobals());

async function open(query = '') {
  const view = renderApp(`/a/${handBuilt.slug}${query}`);
  await screen.findByRole('heading', { level: 1, name: handBuilt.title });
  const sidebar = screen.getByRole('complementary', { name: t('entities.label') });
  // The sidebar may load after the article's first paint.
  await within(sidebar).findByRole('region', { name: new RegExp(t('entities.people')) });
  return { ...view, sidebar };
}

const marks = () => [...document.querySelectorAll('article mark')];
const region = (sidebar: HTMLElement, key: string) =>
  within(sidebar).getByRole('region', { name: new RegExp(t(key)) });

describe('the sidebar of a hand-built article', () => {
  it('lists people with roles and mention counts, and the author and photographer apart', async () => {
    const { sidebar } = await open();
    const people = region(sidebar, 'entities.people');
    const item = within(people).getByRole('button', { name: /^Trần Văn An/ });
    expect(item).toHaveTextContent('Bí thư Tỉnh ủy');
    expect(item).toHaveTextContent(t('entities.mentions', { count: 4 }));
    const credits = within(people).getByRole('heading', { name: t('entities.credits') });
    const creditList = credits.nextElementSibling as HTMLElement;
    expect(within(creditList).getByRole('button', { name: /^Phạm Cường/ })).toBeInTheDocument();
    expect(within(creditList).getByRole('button', { name: /^Ngô Dung/ })).toBeInTheDocument();
    expect(within(creditList).queryByRole('button', { name: /^Trần Văn An/ })).toBeNull();
  });

  it('groups directives by issuer, with the unnamed issuer apart and the cue marked', async () => {
    const { sidebar } = await open();
    const directives = region(sidebar, 'entities.directives');
    expect(
      within(directives).getByRole('heading', { level: 3, name: 'Trần Văn An' }),
    ).toBeInTheDocument();
    expect(
      within(directives).getByRole('heading', { level: 3, name: t('entities.unknownIssuer') }),
    ).toBeInTheDocument();
    const cues = [...directives.querySelectorAll('strong.cue')].map((c) => c.textContent);
    expect(cues).toEqual(['yêu cầu', 'đề nghị']);
  });

  it('shows an award with its kind, recipient, count and presenter', async () => {
    const { sidebar } = await open();
    const item = within(region(sidebar, 'entities.awards')).getByRole('button');
    expect(item).toHaveTextContent(award.kind);
    expect(item).toHaveTextContent(t('entities.recipient', { name: '5 tập thể' }));
    expect(item).toHaveTextContent(t('entities.count', { count: 5 }));
    expect(item).toHaveTextContent(t('entities.presenter', { name: binh!.name }));
  });

  it('marks every place of a selected person and steps through them, wrapping around', async () => {
    const { sidebar, router } = await open();
    await userEvent.click(within(sidebar).getByRole('button', { name: /^Trần Văn An/ }));
    await waitFor(() => expect(marks()).toHaveLength(an!.mentions.length));
    expect(marks().every((m) => m.textContent === an!.name)).toBe(true);
    for (const m of marks()) {
      expect(m).toHaveAttribute('data-entity', 'person');
      expect(m).toHaveAttribute('data-id', an!.id);
    }
    expect(router.state.location.search).toBe(`?person=${an!.id}`);
    expect(screen.getByText(t('entities.place', { current: 1, total: 4 }))).toBeInTheDocument();
    const next = screen.getByRole('button', { name: t('entities.next') });
    for (let i = 0; i < 3; i++) await userEvent.click(next);
    expect(screen.getByText(t('entities.place', { current: 4, total: 4 }))).toBeInTheDocument();
    expect(document.querySelectorAll('article mark.current')).toHaveLength(1);
    expect(marks().at(-1)).toHaveClass('current');
    await userEvent.click(next);
    expect(screen.getByText(t('entities.place', { current: 1, total: 4 }))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: t('entities.previous') }));
    expect(screen.getByText(t('entities.place', { current: 4, total: 4 }))).toBeInTheDocument();
  });

  it('marks an award’s places, in the caption too', async () => {
    const { sidebar } = await open();
    await userEvent.click(within(region(sidebar, 'entities.awards')).getByRole('button'));
    await waitFor(() => expect(marks()).toHaveLength(2));
    expect(marks()[1]!.closest('figure')).not.toBeNull();
  });

  it('opens with the item named in the URL selected, and Back clears it', async () => {
    const { sidebar, router } = await open(`?award=${award.id}`);
    const item = within(region(sidebar, 'entities.awards')).getByRole('button');
    expect(item).toHaveAttribute('aria-pressed', 'true');
    expect(marks()).toHaveLength(2);
    await userEvent.click(within(sidebar).getByRole('button', { name: /^Lê Thị Bình/ }));
    await waitFor(() => expect(marks()).toHaveLength(1));
    await router.navigate(-1);
    await waitFor(() => expect(item).toHaveAttribute('aria-pressed', 'true'));
    expect(marks()).toHaveLength(2);
  });

  it('selects a person when a name in the text is clicked', async () => {
    const { sidebar } = await open();
    const name = [...document.querySelectorAll('article p span')].find(
      (s) => s.textContent === binh!.name,
    ) as HTMLElement;
    await userEvent.click(name);
    expect(
      await within(sidebar).findByRole('button', { name: /^Lê Thị Bình/, pressed: true }),
    ).toBeInTheDocument();
    expect(marks()).toHaveLength(1);
  });

  it('narrows every group with the filter, ignoring diacritics', async () => {
    const { sidebar } = await open();
    await userEvent.type(within(sidebar).getByRole('searchbox'), 'pham cuong');
    const people = region(sidebar, 'entities.people');
    await waitFor(() => expect(within(people).getAllByRole('button')).toHaveLength(1));
    expect(within(people).getByRole('button', { name: /^Phạm Cường/ })).toBeInTheDocument();
    expect(within(region(sidebar, 'entities.awards')).queryByRole('button')).toBeNull();
  });
});

describe('the text of a hand-built article', () => {
  it('selects an award or a directive when its words in the text are clicked', async () => {
    const { sidebar } = await open();
    const awardWords = document.querySelector(`article [data-award="${award.id}"]`) as HTMLElement;
    await userEvent.click(awardWords);
    const awards = region(sidebar, 'entities.awards');
    expect(await within(awards).findByRole('button', { pressed: true })).toBeInTheDocument();
    const cue = document.querySelector('article [data-directive="d1"]') as HTMLElement;
    expect(cue.textContent).toBe('yêu cầu');
    await userEvent.click(cue);
    await waitFor(() => expect(marks()).toHaveLength(1));
    expect(marks()[0]).toHaveAttribute('data-entity', 'directive');
    expect(marks()[0]!.textContent).toBe(handBuilt.entities.directives[0]!.text);
  });
});
