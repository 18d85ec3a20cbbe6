// How search results are shown: a first screenful, more on request, and the state in the URL kept
// true while the page shows each change at once (Back returns to the previous query).
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { extractArticle } from '@/extract';
import { collectionFiles } from '@/testing/collection-files';
import { fakeFetch, renderApp } from '@/testing/render-app';

// 22 visits by one official and, in the last two, a second one.
const articles = Array.from({ length: 22 }, (_, i) =>
  extractArticle(
    `Ngày ${i + 1}/3/2024, Giám đốc Sở Xây dựng Phạm Quang Vinh kiểm tra công trình số ${i + 1}.\n\n` +
      (i >= 20
        ? 'Phó Giám đốc Trịnh Thu Hà báo cáo tiến độ.\n'
        : 'Các nhà thầu báo cáo tiến độ.\n'),
    { slug: `cong-trinh-${i + 1}` },
  ),
);

const t = (key: string, options?: Record<string, unknown>) =>
  String(i18n.t(key as never, options as never));

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => vi.unstubAllGlobals());

const cards = () => document.querySelectorAll('.library-list .card').length;

async function search(text: string) {
  const box = await screen.findByRole('searchbox', { name: t('library.searchLabel') });
  await userEvent.clear(box);
  await userEvent.click(box);
  await userEvent.paste(text);
  await userEvent.keyboard('{Enter}');
}

// Under a loaded machine the 22 articles and two searches take seconds; the timeout allows for it.
describe('search results', { timeout: 30_000 }, () => {
  it('shows a first screenful, more on request, and starts again for a new query', async () => {
    vi.stubGlobal('fetch', vi.fn(fakeFetch(collectionFiles(articles))));
    renderApp('/');
    await search('pham quang vinh');
    await screen.findByRole(
      'heading',
      { name: t('library.results', { count: 22 }) },
      { timeout: 3000 },
    );
    // A screenful in the first frame, the rest of the first 20 in the next.
    await waitFor(() => expect(cards()).toBe(20));
    await userEvent.click(
      screen.getByRole('button', { name: t('library.showMore', { count: 2 }) }),
    );
    expect(cards()).toBe(22);
    await search('cong trinh');
    await screen.findByRole(
      'heading',
      { name: t('library.results', { count: 22 }) },
      { timeout: 3000 },
    );
    await waitFor(() => expect(cards()).toBe(20));
  });

  it('returns to the previous query and its results on Back', async () => {
    vi.stubGlobal('fetch', vi.fn(fakeFetch(collectionFiles(articles))));
    const { router } = renderApp('/');
    await search('pham quang vinh');
    await screen.findByRole(
      'heading',
      { name: t('library.results', { count: 22 }) },
      { timeout: 3000 },
    );
    await search('trinh thu ha');
    await screen.findByRole(
      'heading',
      { name: t('library.results', { count: 2 }) },
      { timeout: 3000 },
    );
    await waitFor(() => expect(router.state.location.search).toBe('?q=trinh+thu+ha'), {
      timeout: 3000,
    });
    await act(() => router.navigate(-1));
    expect(
      await screen.findByRole(
        'heading',
        { name: t('library.results', { count: 22 }) },
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('pham quang vinh');
    expect(router.state.location.search).toBe('?q=pham+quang+vinh');
  });
});
