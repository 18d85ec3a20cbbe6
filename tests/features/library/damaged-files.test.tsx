// Issue 12, item 9: a damaged or missing page, people page or person file is named where it is
// needed, and the rest of the library stays usable.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { extractArticle } from '@/extract';
import { collectionFiles } from '@/testing/collection-files';
import { fakeFetch, renderApp } from '@/testing/render-app';

const articles = [
  extractArticle(
    'Ngày 3/7/2024, Bí thư Tỉnh ủy Hà Giang Triệu Văn Lâm yêu cầu các huyện giữ rừng.\n\nRừng đầu nguồn được giao cho dân.\n',
    { slug: 'giu-rung' },
  ),
  extractArticle(
    'Ngày 8/7/2024, Triệu Văn Lâm thăm trường nội trú.\n\nHọc sinh vùng cao nhận quà.\n',
    { slug: 'truong-noi-tru' },
  ),
];

const t = (key: string, options?: Record<string, unknown>) =>
  String(i18n.t(key as never, options as never));

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => vi.unstubAllGlobals());

/** The collection's files as if it had a second page, served as `page2` (absent: missing). */
function serveTwoPages(page2?: string) {
  const files: Record<string, unknown> = collectionFiles(articles);
  const manifest = JSON.parse(files['/articles/library/manifest.json'] as string);
  files['/articles/library/manifest.json'] = JSON.stringify({ ...manifest, pages: 2 });
  if (page2 !== undefined) files['/articles/library/page-2.json'] = page2;
  vi.stubGlobal('fetch', vi.fn(fakeFetch(files)));
  return files;
}

describe('a damaged file of the collection', { timeout: 20_000 }, () => {
  it.each([
    ['damaged', '{"version":1,"page":2,"entr', /damaged/],
    ['missing', undefined, /missing/],
  ])(
    'a %s page: the search says so and still shows what the other pages hold',
    async (_, page2, message) => {
      serveTwoPages(page2);
      renderApp('/?q=trieu+van+lam');
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
      expect(alert).toHaveTextContent(t('library.file.page'));
      expect(alert).toHaveTextContent(message);
      expect(
        await screen.findByRole('link', { name: /giữ rừng/ }, { timeout: 5000 }),
      ).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /nội trú/ })).toBeInTheDocument();
    },
  );

  it('a missing person file: their page says so, and links back to everyone', async () => {
    const files = collectionFiles(articles);
    delete files['/articles/person/trieu-van-lam.json'];
    vi.stubGlobal('fetch', vi.fn(fakeFetch(files)));
    renderApp('/people/trieu-van-lam');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(t('library.file.person'));
    expect(alert).toHaveTextContent(/missing/);
    expect(screen.getByRole('link', { name: t('people.back') })).toHaveAttribute('href', '/people');
  });

  it('a damaged people page: /people says so, and the search box still works', async () => {
    const files = collectionFiles(articles);
    files['/articles/people/page-1.json'] = '[1,2';
    vi.stubGlobal('fetch', vi.fn(fakeFetch(files)));
    renderApp('/people');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(t('library.file.people'));
    expect(alert).toHaveTextContent(/damaged/);
    expect(screen.getByRole('searchbox', { name: t('people.searchLabel') })).toBeEnabled();
  });
});
