// The library over a collection: search with and without tone marks, a filter kept in the URL, and
// a damaged or missing index explained at once, with every good entry still shown.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { extractArticle } from '@/extract';
import { collectionFiles } from '@/testing/collection-files';
import { fakeFetch, renderApp } from '@/testing/render-app';

const articles = [
  extractArticle(
    'Ngày 5/3/2024, Chủ tịch UBND tỉnh Cà Mau Đặng Văn Hùng yêu cầu các sở rà soát đê điều.\n\nÔng Đặng Văn Hùng trao Bằng khen cho lực lượng dân quân.\n',
    { slug: 'de-dieu-ca-mau', source: { site: 'bao-tinh' } },
  ),
  extractArticle(
    'Ngày 9/6/2023, Bộ trưởng Bộ Y tế Lê Thị Mai đề nghị các bệnh viện giữ sạch bếp ăn.\n\nBà Lê Thị Mai nói thêm về an toàn thực phẩm.\n',
    { slug: 'bep-an-benh-vien', source: { site: 'thong-tan' } },
  ),
  extractArticle(
    'Ngày 1/2/2022, nông dân vùng đồng bằng thu hoạch lúa sớm hơn mọi năm.\n\nGiá lúa năm 2022 tăng nhẹ.\n',
    { slug: 'lua-dong-bang', source: { site: 'bao-tinh' } },
  ),
];

const t = (key: string, options?: Record<string, unknown>) =>
  String(i18n.t(key as never, options as never));

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => vi.unstubAllGlobals());

function serve(extra: Record<string, unknown> = {}) {
  vi.stubGlobal('fetch', vi.fn(fakeFetch({ ...collectionFiles(articles), ...extra })));
}

describe('searching the library', () => {
  it('finds an accented name typed without tone marks, marks it, and keeps the query in the URL', async () => {
    serve();
    const { router } = renderApp('/');
    const box = await screen.findByRole('searchbox', { name: t('library.searchLabel') });
    await userEvent.type(box, 'dang van hung{Enter}');
    const results = await screen.findByRole(
      'heading',
      { name: t('library.results', { count: 1 }) },
      { timeout: 3000 },
    );
    expect(results).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /Đặng Văn Hùng/ });
    expect(link).toHaveAttribute('href', '/a/de-dieu-ca-mau');
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Đặng',
      'Văn',
      'Hùng',
    ]);
    await waitFor(() => expect(router.state.location.search).toBe('?q=dang+van+hung'));
  });

  it('opens a shared search link with its results', async () => {
    serve();
    renderApp('/?q=%C4%91%E1%BB%93ng+b%E1%BA%B1ng');
    expect(await screen.findByRole('searchbox')).toHaveValue('đồng bằng');
    expect(
      await screen.findByRole('link', { name: /nông dân vùng đồng bằng/i }, { timeout: 3000 }),
    ).toBeInTheDocument();
  });

  it('filters by source and person from the URL, with counts', async () => {
    serve();
    const { router } = renderApp('/');
    const source = await screen.findByRole(
      'combobox',
      { name: t('library.facet.source') },
      { timeout: 3000 },
    );
    expect(within(source).getByRole('option', { name: 'bao-tinh (2)' })).toBeInTheDocument();
    await userEvent.selectOptions(source, 'bao-tinh');
    expect(
      await screen.findByRole(
        'heading',
        { name: t('library.results', { count: 2 }) },
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?source=bao-tinh'));
    const person = screen.getByRole('combobox', { name: t('library.facet.person') });
    await userEvent.selectOptions(person, 'dang-van-hung');
    expect(
      await screen.findByRole('heading', { name: t('library.results', { count: 1 }) }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(router.state.location.search).toBe('?source=bao-tinh&person=dang-van-hung'),
    );
  });
});

describe('a damaged library', () => {
  it('shows every good entry and says what is wrong with a bad one', async () => {
    const files = collectionFiles(articles);
    const page = JSON.parse(files['/articles/library/page-1.json']!);
    page.entries[1].slug = '../../etc/passwd';
    serve({ '/articles/library/page-1.json': JSON.stringify(page) });
    renderApp('/');
    expect(
      await screen.findAllByRole('link', { name: /Cà Mau|đồng bằng/ }, { timeout: 3000 }),
    ).toHaveLength(2);
    const notice = screen.getByText(t('library.badEntries', { count: 1 }));
    expect(notice.closest('[role="status"]')).toHaveTextContent('../../etc/passwd');
    expect(notice.closest('[role="status"]')).toHaveTextContent(/slug/);
  });

  it.each([
    ['missing', {}, /missing/],
    ['truncated', { '/articles/library/manifest.json': '{"version":1,"artic' }, /damaged/],
  ])('says plainly that the index is %s, without waiting on retries', async (_, extra, message) => {
    const files: Record<string, unknown> = { ...collectionFiles(articles), ...extra };
    if (_ === 'missing') delete files['/articles/library/manifest.json'];
    const fetch = vi.fn(fakeFetch(files));
    vi.stubGlobal('fetch', fetch);
    renderApp('/');
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent(t('library.file.index'));
    const manifestCalls = fetch.mock.calls.filter(([u]) => String(u).includes('manifest'));
    expect(manifestCalls).toHaveLength(1);
  });

  it('names a damaged search index where the search is, and keeps the library around it', async () => {
    serve({ '/articles/search/index.json': '{"documentCount":3,"ne' });
    renderApp('/?q=dang+van+hung');
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent(t('library.file.search'));
    expect(alert).toHaveTextContent(/damaged/);
    expect(screen.getByRole('searchbox')).toHaveValue('dang van hung');
    expect(screen.getByRole('combobox', { name: t('library.facet.source') })).toBeEnabled();
  });
});
