// The collection's files for a handful of articles, as the ingest would write them, keyed by the
// path the app fetches (`/articles/library/manifest.json`), for fakeFetch.
import type { Article } from '@/article/schema';
import { buildCollection } from '@/collection/build';

export function collectionFiles(articles: Article[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of buildCollection(articles.map((article) => ({ article }))))
    out[`/articles/${path}`] = text;
  return out;
}
