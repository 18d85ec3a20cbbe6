// The table of contents and the section shortcuts, on a hand-built article.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { handBuilt, handBuiltFiles } from '../hand-built-article';

const t = (key: string) => i18n.t(key as never) as string;
const [opening, first, second] = handBuilt.sections;
let scrolls: { id: string; options: unknown }[] = [];

function stubMatchMedia(reduceMotion: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduceMotion && query.includes('prefers-reduced-motion'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
  }));
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
  vi.stubGlobal('fetch', vi.fn(fakeFetch(handBuiltFiles())));
  scrolls = [];
  Element.prototype.scrollIntoView = function (options?: unknown) {
    scrolls.push({ id: (this as Element).id, options });
  };
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
});

async function open(path = `/a/${handBuilt.slug}`) {
  const view = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: handBuilt.title });
  return { ...view, toc: screen.getByRole('navigation', { name: t('toc.label') }) };
}

describe('the table of contents', () => {
  it('lists every section, the opening one included', async () => {
    const { toc } = await open();
    const links = within(toc).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      t('toc.opening'),
      first!.heading,
      second!.heading,
    ]);
    expect(links.map((l) => l.getAttribute('href'))).toEqual(
      handBuilt.sections.map((s) => `#${s.id}`),
    );
  });

  it('scrolls smoothly to a heading, focuses it and puts it in the hash', async () => {
    stubMatchMedia(false);
    const { toc, router } = await open();
    await userEvent.click(within(toc).getByRole('link', { name: second!.heading! }));
    await waitFor(() => expect(router.state.location.hash).toBe(`#${second!.id}`));
    const heading = screen.getByRole('heading', { level: 2, name: second!.heading! });
    expect(heading).toHaveAttribute('id', second!.id);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(scrolls.filter((s) => s.id === second!.id).at(-1)?.options).toMatchObject({
      behavior: 'smooth',
    });
  });

  it('jumps at once when the reader asks for reduced motion', async () => {
    stubMatchMedia(true);
    const { toc } = await open();
    await userEvent.click(within(toc).getByRole('link', { name: first!.heading! }));
    await waitFor(() => expect(scrolls.some((s) => s.id === first!.id)).toBe(true));
    expect(scrolls.filter((s) => s.id === first!.id).at(-1)?.options).not.toMatchObject({
      behavior: 'smooth',
    });
  });

  it('opens a deep link at its section', async () => {
    await open(`/a/${handBuilt.slug}#${second!.id}`);
    await waitFor(() => expect(scrolls.some((s) => s.id === second!.id)).toBe(true));
  });

  it('moves to the next and previous section with j and k, but not while typing', async () => {
    const { router } = await open();
    await userEvent.keyboard('j');
    await waitFor(() => expect(router.state.location.hash).toBe(`#${first!.id}`));
    await userEvent.keyboard('k');
    await waitFor(() => expect(router.state.location.hash).toBe(`#${opening!.id}`));
    const sidebar = screen.getByRole('complementary', { name: t('entities.label') });
    await userEvent.type(await within(sidebar).findByRole('searchbox'), 'jjj');
    expect(router.state.location.hash).toBe(`#${opening!.id}`);
  });

  it('lists the shortcuts in a dialog opened with ?', async () => {
    await open();
    await userEvent.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: t('shortcuts.title') });
    for (const key of ['j', 'k', 's', '?']) {
      expect(within(dialog).getByText(key, { selector: 'kbd' })).toBeInTheDocument();
    }
  });

  it('gives focus back when the help dialog closes', async () => {
    await open();
    const button = screen.getByRole('button', { name: t('shortcuts.open') });
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: t('shortcuts.title') });
    await userEvent.click(within(dialog).getByRole('button', { name: t('shortcuts.close') }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button).toHaveFocus();
  });

  it('takes focus to the sidebar filter with s beside the article', async () => {
    await open();
    const sidebar = screen.getByRole('complementary', { name: t('entities.label') });
    const filter = await within(sidebar).findByRole('searchbox');
    await userEvent.keyboard('s');
    expect(filter).toHaveFocus();
  });
});
