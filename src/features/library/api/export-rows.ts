// Rows for the current results: each collection article fetched (six at a time), each local one
// taken as it is. An article that cannot be loaded is counted, not silently dropped.
import { fetchChecked } from '@/article/fetch-json';
import type { Article } from '@/article/schema';
import { rowsOf, type Row } from '@/collection/export';
import type { Entry } from '@/collection/schema';
import { articlesUrl } from './articles-url';

const PARALLEL = 6;

export async function exportRows(
  entries: Entry[],
  local: Article[],
  onProgress: (done: number) => void,
): Promise<{ rows: Row[]; failed: string[] }> {
  const localBySlug = new Map(local.map((a) => [a.slug, a]));
  const { checkArticle } = await import('@/article/validate');
  const perEntry: Row[][] = new Array(entries.length);
  const failed: string[] = [];
  let next = 0;
  let done = 0;
  const work = async () => {
    while (next < entries.length) {
      const i = next++;
      const entry = entries[i]!;
      try {
        const article = entry.local
          ? localBySlug.get(entry.slug)
          : await fetchChecked(articlesUrl(`${entry.slug}.json`), checkArticle);
        perEntry[i] = article ? rowsOf(article, entry.source) : [];
        if (!article) failed.push(entry.slug);
      } catch {
        perEntry[i] = [];
        failed.push(entry.slug);
      }
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, work));
  return { rows: perEntry.flat(), failed };
}
