// Every real article in ../shared/corpus goes through without error and gives a valid article.
// The corpus is data for measuring, never copied here; the test skips where ../shared is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle, describeProblems } from '@/article/validate';
import { extractArticle } from '@/extract';

const corpus = '../shared/corpus';
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')) : [];

describe.skipIf(files.length === 0)('the corpus', () => {
  it.each(files)('%s extracts to a valid article', (file) => {
    const article = extractArticle(readFileSync(join(corpus, file), 'utf8'));
    const checked = checkArticle(article);
    expect(checked.ok ? 'valid' : describeProblems(checked.problems)).toBe('valid');
    expect(article.blocks.length).toBeGreaterThan(0);
  });
});
