import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { files, seed, SLUG } from './fixtures';

beforeEach(async () => {
  await i18n.changeLanguage('en');
  vi.stubGlobal('fetch', vi.fn(fakeFetch(files())));
});
afterEach(() => vi.unstubAllGlobals());

const openSeed = async (query = '') => {
  const view = renderApp(`/a/${SLUG}${query}`);
  await screen.findByRole('heading', { level: 1, name: seed.title });
  return view;
};

describe('the library', () => {
  it('lists the seed article with its counts and opens it', async () => {
    renderApp('/');
    const link = await screen.findByRole('link', { name: seed.title }, { timeout: 4000 });
    expect(screen.getByText(/5 people · 19 directives · 4 awards/)).toBeInTheDocument();
    await userEvent.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: seed.title }, { timeout: 4000 }),
    ).toBeInTheDocument();
  });
});

describe('the reader', () => {
  it('shows a skeleton while the article loads', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    vi.stubGlobal(
      'fetch',
      vi.fn(
        fakeFetch(
          files({
            [`/articles/${SLUG}.json`]: async () => {
              await gate;
              return new Response(JSON.stringify(seed));
            },
          }),
        ),
      ),
    );
    renderApp(`/a/${SLUG}`);
    expect(await screen.findByText('Loading the article…')).toBeInTheDocument();
    release();
    expect(
      await screen.findByRole('heading', { level: 1, name: seed.title }, { timeout: 4000 }),
    ).toBeInTheDocument();
  });

  it('has landmarks: banner, contents navigation, main and the sidebar', async () => {
    await openSeed();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(
      screen.getByRole('complementary', { name: 'Extracted from the article' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });

  it('lists every section in the contents; a click moves focus to the heading and sets the hash', async () => {
    const { router } = await openSeed();
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    const entries = within(toc).getAllByRole('link');
    expect(entries).toHaveLength(seed.sections.length);
    const second = seed.sections[1]!;
    await userEvent.click(within(toc).getByRole('link', { name: second.heading! }));
    await waitFor(() => expect(router.state.location.hash).toBe(`#${second.id}`));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: second.heading! })).toHaveFocus(),
    );
  });

  it('marks every mention of a selected person and steps through them', async () => {
    await openSeed();
    const nen = seed.entities.people.find((p) => p.name === 'Nguyễn Văn Nên')!;
    const sidebar = screen.getByRole('complementary');
    // The sidebar's lists arrive in a chunk of their own, after the article's heading.
    const people = await within(sidebar).findByRole(
      'region',
      { name: /People/ },
      { timeout: 4000 },
    );
    await userEvent.click(within(people).getByRole('button', { name: /^Nguyễn Văn Nên/ }));
    await waitFor(() =>
      expect(document.querySelectorAll('article mark')).toHaveLength(nen.mentions.length),
    );
    expect(within(sidebar).getByText(`${nen.mentions.length} mentions`)).toBeInTheDocument();
    expect(screen.getByText(`Place 1 of ${nen.mentions.length}`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next place' }));
    expect(screen.getByText(`Place 2 of ${nen.mentions.length}`)).toBeInTheDocument();
    expect(document.querySelectorAll('article mark.current')).toHaveLength(1);
  });

  it('opens with an item selected from the URL, and a click on a name in the text selects that person', async () => {
    const directive = seed.entities.directives[0]!;
    await openSeed(`?directive=${directive.id}`);
    const marks = document.querySelectorAll('article mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(directive.text);
    const name = document.querySelector('article [data-person="ma-xuan-viet"]') as HTMLElement;
    await userEvent.click(name);
    const people = await screen.findByRole('region', { name: /People/ }, { timeout: 4000 });
    expect(
      await within(people).findByRole('button', { name: /^Ma Xuân Việt/, pressed: true }),
    ).toBeInTheDocument();
  });

  it('narrows the lists with the filter box', async () => {
    await openSeed();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter the lists' }), 'ma xuan');
    const people = await screen.findByRole('region', { name: /People/ }, { timeout: 4000 });
    await waitFor(() =>
      expect(within(people).queryByRole('button', { name: /^Nghiêm Lan/ })).toBeNull(),
    );
    expect(within(people).getByRole('button', { name: /^Ma Xuân Việt/ })).toBeInTheDocument();
  });

  it('groups directives by issuer and marks the cue', async () => {
    await openSeed();
    const group = await screen.findByRole('region', { name: /Directives/ }, { timeout: 4000 });
    expect(
      within(group).getByRole('heading', { level: 3, name: 'Nguyễn Văn Nên' }),
    ).toBeInTheDocument();
    expect(within(group).getAllByRole('button')).toHaveLength(seed.entities.directives.length);
    expect(group.querySelector('strong.cue')?.textContent).toBe(seed.entities.directives[0]!.cue);
  });

  it('shows the help dialog with ? and lists the shortcuts', async () => {
    await openSeed();
    await userEvent.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Next section')).toBeInTheDocument();
  });

  it('renders article text as text: markup in it shows and runs nothing', async () => {
    const evil = structuredClone(seed);
    const block = evil.blocks[1]!;
    const payload =
      '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> javascript:alert(1)';
    block.text = payload;
    if (block.type === 'heading') evil.sections[1]!.heading = payload;
    evil.entities.people.forEach((p) => (p.mentions = p.mentions.filter((m) => m.block !== 1)));
    evil.entities.people.forEach((p) =>
      p.roles.forEach((r) => (r.mentions = r.mentions.filter((m) => m.block !== 1))),
    );
    vi.stubGlobal(
      'fetch',
      vi.fn(fakeFetch(files({ '/articles/evil.json': { ...evil, slug: 'evil' } }))),
    );
    renderApp('/a/evil');
    expect((await screen.findAllByText(payload)).length).toBeGreaterThan(0);
    expect(document.querySelector('article script')).toBeNull();
    expect(document.querySelector('article img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('failures', () => {
  it('says that a damaged article file is damaged and names the field', async () => {
    const damaged = { ...seed, entities: { ...seed.entities, people: [{ id: 'x', name: 42 }] } };
    vi.stubGlobal('fetch', vi.fn(fakeFetch(files({ [`/articles/${SLUG}.json`]: damaged }))));
    renderApp(`/a/${SLUG}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The article file is damaged');
    expect(alert).toHaveTextContent('entities.people[0]');
  });

  it('says that a file that is not JSON is damaged', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(fakeFetch(files({ [`/articles/${SLUG}.json`]: '{"schemaVersion": 1,' }))),
    );
    renderApp(`/a/${SLUG}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('The article file is damaged');
  });

  it('gives a missing article its own message and a way back', async () => {
    renderApp('/a/no-such-article');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no article “no-such-article”',
    );
    expect(screen.getByRole('link', { name: 'Back to the library' })).toBeInTheDocument();
  });

  it('retries a network failure, explains it, and recovers with Retry', async () => {
    let calls = 0;
    let online = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        calls++;
        if (!online) throw new TypeError('Failed to fetch');
        return fakeFetch(files())(input);
      }),
    );
    renderApp(`/a/${SLUG}`);
    expect(await screen.findByRole('alert', {}, { timeout: 4000 })).toHaveTextContent(
      'No connection',
    );
    expect(calls).toBeGreaterThan(1);
    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: seed.title }, { timeout: 4000 }),
    ).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown route, in the current language', async () => {
    await act(() => i18n.changeLanguage('vi'));
    renderApp('/no/such/page');
    expect(
      await screen.findByRole('heading', { name: 'Không tìm thấy trang' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về thư viện' })).toHaveAttribute('href', '/');
  });

  it('keeps the article when the sidebar fails', async () => {
    const odd = structuredClone(seed);
    // A person whose mentions are not a list breaks the sidebar's code, not the article's.
    (odd.entities.people[0] as unknown as { roles: unknown }).roles = null;
    vi.stubGlobal(
      'fetch',
      vi.fn(fakeFetch(files({ '/articles/odd.json': { ...odd, slug: 'odd' } }))),
    );
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/a/odd');
    // The schema rejects it: the reader explains instead of crashing.
    expect(await screen.findByRole('alert')).toHaveTextContent('roles');
    spy.mockRestore();
  });
});
