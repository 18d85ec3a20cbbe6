// The search index lives in a Web Worker in the browser. jsdom has none, so a stand-in runs the
// worker's own service behind the same messages: the page must get its results through it, say
// plainly when the index is damaged or still loading, and keep searching if the worker dies.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { extractArticle } from '@/extract';
import { createSearchService, type SearchRequest } from '@/features/library/api/search-service';
import { collectionFiles } from '@/testing/collection-files';
import { fakeFetch, renderApp } from '@/testing/render-app';

const articles = [
  extractArticle(
    'Ngày 4/5/2024, Chủ tịch UBND tỉnh Sóc Trăng Lâm Hoàng Phúc kiểm tra kênh thủy lợi.\n\nÔng Lâm Hoàng Phúc yêu cầu nạo vét kênh trước mùa mưa.\n',
    { slug: 'kenh-thuy-loi' },
  ),
  extractArticle(
    'Ngày 12/5/2024, nông dân Sóc Trăng xuống giống lúa hè thu.\n\nGiống lúa mới chịu mặn tốt.\n',
    { slug: 'lua-he-thu' },
  ),
];

// Under a loaded machine a render through the stand-in can take more than findBy's default second.
const wait = { timeout: 5000 };

const t = (key: string, options?: Record<string, unknown>) =>
  String(i18n.t(key as never, options as never));

/** A Worker that answers with the worker's service, a task later, as a real one would. */
class ServiceWorkerStandIn {
  static started = 0;
  /** When set, the worker fails as it starts (a script that cannot load, say). */
  static failing = false;
  /** How long each answer takes to come back, beyond a task. */
  static delayMs = 0;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  private handle = createSearchService();
  constructor() {
    ServiceWorkerStandIn.started++;
  }
  postMessage(request: SearchRequest) {
    if (ServiceWorkerStandIn.failing) {
      setTimeout(() => this.onerror?.(new ErrorEvent('error', { message: 'failed to load' })));
      return;
    }
    void this.handle(structuredClone(request)).then((reply) =>
      setTimeout(
        () => this.onmessage?.(new MessageEvent('message', { data: reply })),
        ServiceWorkerStandIn.delayMs,
      ),
    );
  }
  terminate() {}
}

beforeEach(() => {
  void i18n.changeLanguage('en');
  ServiceWorkerStandIn.started = 0;
  ServiceWorkerStandIn.failing = false;
  ServiceWorkerStandIn.delayMs = 0;
  vi.stubGlobal('Worker', ServiceWorkerStandIn);
});
afterEach(() => vi.unstubAllGlobals());

function serve(extra: Record<string, unknown> = {}) {
  const fetch = vi.fn(fakeFetch({ ...collectionFiles(articles), ...extra }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const searchIndexFetches = (fetch: ReturnType<typeof serve>) =>
  fetch.mock.calls.filter(([u]) => String(u).includes('/search/')).length;

describe('the search in its worker', { timeout: 20_000 }, () => {
  it('answers a query through the worker, marks the words, and loads the index once', async () => {
    const fetch = serve();
    renderApp('/');
    const box = await screen.findByRole('searchbox', { name: t('library.searchLabel') }, wait);
    await userEvent.type(box, 'lam hoang phuc{Enter}');
    await screen.findByRole('heading', { name: t('library.results', { count: 1 }) }, wait);
    const link = screen.getByRole('link', { name: /Lâm Hoàng Phúc/ });
    expect(link).toHaveAttribute('href', '/a/kenh-thuy-loi');
    expect(link.querySelectorAll('mark')).toHaveLength(3);
    await userEvent.clear(box);
    await userEvent.type(box, 'lua{Enter}');
    await screen.findByRole('link', { name: /lúa hè thu/ }, wait);
    expect(ServiceWorkerStandIn.started).toBe(1);
    expect(searchIndexFetches(fetch)).toBe(1);
  });

  /** The library with one search answered, so that the index is loaded; its search box. */
  async function searchedOnce() {
    serve();
    renderApp('/');
    const box = await screen.findByRole('searchbox', { name: t('library.searchLabel') }, wait);
    await userEvent.type(box, 'lam hoang phuc{Enter}');
    await screen.findByRole('heading', { name: t('library.results', { count: 1 }) }, wait);
    return box;
  }

  it('once the index is loaded, shows a quick answer at once, without saying it is searching', async () => {
    const box = await searchedOnce();
    const said: string[] = [];
    const watch = new MutationObserver(() => {
      const title = document.getElementById('results-title')?.textContent;
      if (title) said.push(title);
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    await userEvent.type(box, '{Control>}a{/Control}lua{Enter}');
    await screen.findByRole('link', { name: /lúa hè thu/ }, wait);
    watch.disconnect();
    expect(said).not.toContain(t('library.searching'));
  });

  it('says it is searching when an answer is slow, with the previous results still shown', async () => {
    const box = await searchedOnce();
    ServiceWorkerStandIn.delayMs = 1000;
    await userEvent.type(box, '{Control>}a{/Control}lua{Enter}');
    await screen.findByRole('heading', { name: t('library.searching') }, wait);
    expect(screen.getByRole('link', { name: /Lâm Hoàng Phúc/ })).toBeInTheDocument();
    await screen.findByRole('link', { name: /lúa hè thu/ }, wait);
  });

  it('starts loading the index when the reader focuses the search box', async () => {
    const fetch = serve();
    renderApp('/');
    const box = await screen.findByRole('searchbox', { name: t('library.searchLabel') }, wait);
    expect(searchIndexFetches(fetch)).toBe(0);
    await userEvent.click(box);
    await vi.waitFor(() => expect(searchIndexFetches(fetch)).toBe(1), wait);
  });

  it('says the index is loading on the first query, then shows the results', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const files = collectionFiles(articles);
    const index = files['/articles/search/index.json']!;
    serve({
      '/articles/search/index.json': async () => {
        await held;
        return new Response(index, { headers: { 'content-type': 'application/json' } });
      },
    });
    renderApp('/?q=kenh');
    expect(
      await screen.findByRole('heading', { name: t('library.loadingIndex') }, wait),
    ).toBeInTheDocument();
    release();
    expect(
      await screen.findByRole('heading', { name: t('library.results', { count: 1 }) }, wait),
    ).toBeInTheDocument();
  });

  it('names a damaged index and leaves the library usable', async () => {
    serve({ '/articles/search/index.json': '{"documentCount":2,"ne' });
    renderApp('/?q=lam+hoang+phuc');
    const alert = await screen.findByRole('alert', {}, wait);
    expect(alert).toHaveTextContent(t('library.file.search'));
    expect(alert).toHaveTextContent(/damaged/);
    expect(screen.getByRole('combobox', { name: t('library.facet.source') })).toBeEnabled();
    expect(screen.getByRole('searchbox')).toHaveValue('lam hoang phuc');
  });

  it('still finds the articles on the page itself when the worker fails', async () => {
    ServiceWorkerStandIn.failing = true;
    serve();
    renderApp('/?q=lam+hoang+phuc');
    expect(
      await screen.findByRole('heading', { name: t('library.results', { count: 1 }) }, wait),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Lâm Hoàng Phúc/ })).toBeInTheDocument();
    expect(ServiceWorkerStandIn.started).toBe(1);
  });
});
