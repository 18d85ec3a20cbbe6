import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listLocal, saveLocal } from '@/features/import/api/local-store';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { files, seed } from '../../app/fixtures';

const ARTICLE = [
  'Sáng 3/4, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải làm việc với Sở Nông nghiệp về công tác chống hạn.',
  'Ông Võ Trọng Hải yêu cầu các huyện rà soát nguồn nước tưới, hoàn thành trước ngày 20/4.',
  'Dịp này, 6 tập thể đã được nhận Bằng khen của Chủ tịch UBND tỉnh.',
  'Hồng Nhung',
].join('\n\n');

async function clearStore() {
  for (const entry of await listLocal()) {
    const { deleteLocal } = await import('@/features/import/api/local-store');
    await deleteLocal(entry.slug);
  }
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
  await clearStore();
  vi.stubGlobal('fetch', vi.fn(fakeFetch(files())));
});
afterEach(() => vi.unstubAllGlobals());

const chooseFile = async (file: File) => {
  await userEvent.upload(screen.getByLabelText('Choose a file (.txt, .html, .json)'), file);
};

const expectOpened = async (name: string) => {
  await screen.findByRole('heading', { level: 1 });
  const people = await screen.findByRole('region', { name: /People/ });
  expect(within(people).getByRole('button', { name: new RegExp(`^${name}`) })).toBeInTheDocument();
};

describe('importing an article', () => {
  it('says nothing leaves the device', async () => {
    renderApp('/import');
    expect(await screen.findByText(/Nothing leaves your device/)).toBeInTheDocument();
  });

  it('reads pasted text, opens it in the reader with its people, and keeps it in the library', async () => {
    const { router } = renderApp('/import');
    // Pasted, as a reader does (typing it key by key takes seconds on a busy machine).
    await userEvent.click(await screen.findByLabelText('Article text'));
    await userEvent.paste(ARTICLE);
    await userEvent.click(screen.getByRole('button', { name: 'Read this article' }));
    await expectOpened('Võ Trọng Hải');
    expect(router.state.location.pathname).toMatch(/^\/mine\//);
    expect(await listLocal()).toHaveLength(1);
  });

  it('reads a chosen .txt file', async () => {
    renderApp('/import');
    await screen.findByLabelText('Article text');
    await chooseFile(new File([ARTICLE], 'bai.txt', { type: 'text/plain' }));
    await expectOpened('Võ Trọng Hải');
  });

  it('reads a saved news page (.html) with its headline', async () => {
    renderApp('/import');
    await screen.findByLabelText('Article text');
    const html = readFileSync('tests/fixtures/html/news-page.html', 'utf8');
    await chooseFile(new File([html], 'trang.html', { type: 'text/html' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Chủ tịch tỉnh yêu cầu rà soát đê điều trước mùa mưa',
      }),
    ).toBeInTheDocument();
  });

  it('reads an article .json file after checking it', async () => {
    renderApp('/import');
    await screen.findByLabelText('Article text');
    await chooseFile(new File([JSON.stringify(seed)], 'seed.json', { type: 'application/json' }));
    await expectOpened('Nguyễn Văn Nên');
  });

  it('lists saved articles on the library page and deletes them', async () => {
    await saveLocal({ ...seed, slug: 'cua-toi' });
    renderApp('/');
    const mine = await screen.findByRole('region', { name: 'Your articles' });
    expect(await within(mine).findByRole('link', { name: seed.title })).toBeInTheDocument();
    expect(
      within(mine).getByRole('button', { name: `Export JSON: ${seed.title}` }),
    ).toBeInTheDocument();
    await userEvent.click(within(mine).getByRole('button', { name: `Delete: ${seed.title}` }));
    await waitFor(() => expect(within(mine).queryByRole('link', { name: seed.title })).toBeNull());
    expect(await listLocal()).toHaveLength(0);
  });
});

describe('bad input changes nothing and says why', () => {
  beforeEach(async () => {
    await saveLocal({ ...seed, slug: 'da-luu' });
  });

  const expectUnchanged = async () =>
    expect((await listLocal()).map((e) => e.slug)).toEqual(['da-luu']);

  it('an empty text', async () => {
    renderApp('/import');
    await userEvent.click(await screen.findByRole('button', { name: 'Read this article' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('There is nothing to read');
    await expectUnchanged();
  });

  it('a 20 MB file', async () => {
    renderApp('/import');
    await screen.findByLabelText('Article text');
    await chooseFile(
      new File([new Uint8Array(20 * 1024 * 1024).fill(65)], 'big.txt', { type: 'text/plain' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('over the 5 MB limit');
    await expectUnchanged();
  });

  it('a binary file', async () => {
    renderApp('/import');
    await screen.findByLabelText('Article text');
    await chooseFile(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])], 'anh.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent('This is not a text file');
    await expectUnchanged();
  });

  it('a page with no article', async () => {
    renderApp('/import');
    await screen.findByLabelText('Article text');
    await chooseFile(
      new File([readFileSync('tests/fixtures/html/no-article.html')], 'trong.html', {
        type: 'text/html',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No article was found in this HTML page',
    );
    await expectUnchanged();
  });

  it('JSON of the wrong shape, naming the field', async () => {
    renderApp('/import');
    await screen.findByLabelText('Article text');
    const wrong = { ...seed, blocks: [{ id: 'b0', type: 'poem', text: 'x' }] };
    await chooseFile(new File([JSON.stringify(wrong)], 'sai.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /not a valid article\. Bad field: blocks\[0\]/,
    );
    await expectUnchanged();
  });

  it('a full storage quota: the article is shown unsaved with its JSON to download, and what was saved stays', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    renderApp('/import');
    // Pasted, as a reader does (typing it key by key takes seconds on a busy machine).
    await userEvent.click(await screen.findByLabelText('Article text'));
    await userEvent.paste(ARTICLE);
    await userEvent.click(screen.getByRole('button', { name: 'Read this article' }));
    await expectOpened('Võ Trọng Hải');
    expect(screen.getByRole('alert')).toHaveTextContent("The browser's storage is full");
    expect(screen.getByRole('button', { name: "Download the article's JSON" })).toBeInTheDocument();
    put.mockRestore();
    await expectUnchanged();
  });
});

describe('without browser storage', () => {
  beforeEach(() => vi.stubGlobal('indexedDB', undefined));

  it('still reads the article, says the storage is unavailable and offers its JSON', async () => {
    renderApp('/import');
    await userEvent.click(await screen.findByLabelText('Article text'));
    await userEvent.paste(ARTICLE);
    await userEvent.click(screen.getByRole('button', { name: 'Read this article' }));
    await expectOpened('Võ Trọng Hải');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/storage is unavailable/);
    expect(alert).not.toHaveTextContent(/could not be read/);
    const createObjectURL = vi.fn(() => 'blob:article');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    await userEvent.click(
      within(alert).getByRole('button', { name: "Download the article's JSON" }),
    );
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it("says so at once on an imported article's address, instead of a blank page", async () => {
    renderApp('/mine/bai-cu-abc');
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage is unavailable/);
  });

  it('keeps the library usable, with a quiet note in place of the local list', async () => {
    renderApp('/');
    expect(await screen.findByText(/storage is unavailable/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
