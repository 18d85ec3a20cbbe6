// Lines that only credit someone (`Bài và ảnh: …` under the title, `Ảnh: …` under a photo caption)
// read as credits in the interface's language: a small line with the names as written, not a paragraph.
import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarize } from '@/article/validate';
import { extractArticle } from '@/extract';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';

const source = readFileSync('tests/fixtures/articles/credit-lines/source.txt', 'utf8');
const article = extractArticle(source, { slug: 'credit-lines' });

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      fakeFetch({
        '/articles/index.json': { schemaVersion: 1, articles: [summarize(article)] },
        '/articles/credit-lines.json': article,
      }),
    ),
  );
});
afterEach(() => vi.unstubAllGlobals());

const creditLines = () =>
  [...document.querySelectorAll('article .credit-line')].map((p) => p.textContent);

describe('credit lines in the reader', () => {
  it('labels each credit in English and keeps the names as written', async () => {
    await i18n.changeLanguage('en');
    renderApp('/a/credit-lines');
    await screen.findByRole('heading', { level: 1, name: article.title });
    expect(creditLines()).toEqual(['Text and photos: Minh Anh - Thu Hà', 'Photo: Quốc Việt/TTXVN']);
    // The caption above the photo credit is a caption, not a heading of a section.
    expect(screen.queryByRole('heading', { name: /cắt băng/u })).toBeNull();
    expect(
      screen.getByText('Lãnh đạo tỉnh cắt băng khánh thành cây cầu').closest('figure'),
    ).not.toBeNull();
  });

  it('labels them in Vietnamese when the interface is', async () => {
    await i18n.changeLanguage('vi');
    renderApp('/a/credit-lines');
    await screen.findByRole('heading', { level: 1, name: article.title });
    expect(creditLines()).toEqual(['Bài và ảnh: Minh Anh - Thu Hà', 'Ảnh: Quốc Việt/TTXVN']);
  });

  it('gives the writers credited above the text as the byline', async () => {
    await i18n.changeLanguage('en');
    renderApp('/a/credit-lines');
    expect(await screen.findByText('By Minh Anh - Thu Hà')).toBeInTheDocument();
  });
});
