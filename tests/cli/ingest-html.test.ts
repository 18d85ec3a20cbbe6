// The CLI reads saved news pages as it reads texts: Readability finds the article, the extractor the rest.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkArticle } from '@/article/validate';
import { ingest as run } from './support';

vi.setConfig({ testTimeout: 30_000 });
const ingest = (...args: string[]) => run(args);

let out: string;
beforeEach(() => (out = mkdtempSync(join(tmpdir(), 'docbao-html-'))));
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('npm run ingest on .html', () => {
  it('extracts the article of a saved page with its headline, date and site', () => {
    const r = ingest('tests/fixtures/html/news-page.html', '--out', out);
    expect(r.code).toBe(0);
    const checked = checkArticle(JSON.parse(readFileSync(join(out, 'news-page.json'), 'utf8')));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const article = checked.value;
    expect(article.title).toBe('Chủ tịch tỉnh yêu cầu rà soát đê điều trước mùa mưa');
    expect(article.titleDerived).toBe(false);
    expect(article.date).toBe('2024-05-06');
    expect(article.source?.site).toBe('Báo Thử Nghiệm');
    expect(article.blocks.some((b) => b.text.includes('Trang chủ'))).toBe(false);
    expect(article.entities.people.map((p) => p.name)).toContain('Phạm Đình Nghị');
    expect(article.entities.directives.length).toBeGreaterThan(0);
    expect(article.entities.awards.map((a) => a.kind)).toContain('Bằng khen');
  });

  it('refuses a page with no article, with exit code 2, and still handles the other inputs', () => {
    const r = ingest(
      'tests/fixtures/html/no-article.html',
      'tests/fixtures/html/news-page.html',
      '--out',
      out,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-article\.html: No article was found/);
    expect(readdirSync(out)).toContain('news-page.json');
  });
});
