import { readFileSync } from 'node:fs';
import type { Article } from '@/article/schema';
import { summarize } from '@/article/validate';
import { extractArticle } from '@/extract';
import { collectionFiles } from '@/testing/collection-files';

export const SLUG = 'tphcm-to-chuc-xay-dung-dang-2022';
export const seed: Article = extractArticle(readFileSync(`content/${SLUG}.txt`, 'utf8'), {
  slug: SLUG,
});

export const files = (extra: Record<string, unknown> = {}) => ({
  '/articles/index.json': { schemaVersion: 1, articles: [summarize(seed)] },
  [`/articles/${SLUG}.json`]: seed,
  ...collectionFiles([seed]),
  ...extra,
});
