// The search over the collection's index, wherever it runs: in a Web Worker in the browser
// (search.worker.ts), inline where there is none (tests). It loads the index files once, on the
// first request, and answers each query with the slugs found; the page does the rest.
import type MiniSearch from 'minisearch';
import { LoadError, type LoadFailure } from '@/article/fetch-json';
import { foldedWords } from '@/collection/fold';
import { loadIndex, searchIndex, type SearchDoc } from '@/collection/search';

/** What a query found: slugs only, which cost little to pass between threads. */
export interface Found {
  /** Articles holding every word of the query, by relevance. */
  every: string[];
  /** Only when no article holds them all: those holding some of them. */
  some: string[];
  /** The folded words of the index that matched, for highlighting. */
  terms: string[];
}

/** `query: null` only loads the index (the reader is about to search). */
export interface SearchRequest {
  id: number;
  urls: string[];
  query: string | null;
}

export type SearchReply =
  { id: number; ok: true; found: Found | null } | { id: number; ok: false; failure: LoadFailure };

async function fetchIndex(url: string): Promise<MiniSearch<SearchDoc>> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new LoadError({ kind: 'network', message: (err as Error).message });
  }
  // A static host answers an unknown file with the app's own page (HTML): that file is missing too.
  if (!response.ok || response.headers.get('content-type')?.includes('text/html'))
    throw new LoadError({ kind: 'missing', status: response.status });
  const text = await response.text();
  try {
    return loadIndex(text);
  } catch (err) {
    throw new LoadError({
      kind: 'damaged',
      problems: [{ path: '', message: (err as Error).message }],
    });
  }
}

export function find(indexes: MiniSearch<SearchDoc>[], query: string): Found {
  const found: Found = { every: [], some: [], terms: [] };
  const terms = new Set<string>();
  for (const index of indexes)
    for (const hit of searchIndex(index, query)) {
      (hit.all ? found.every : found.some).push(hit.slug);
      for (const term of hit.terms) terms.add(term);
    }
  found.terms = [...terms];
  return found;
}

/** Queries answered lately, by their folded words: readers go back, and retype with or without marks. */
const REMEMBERED = 32;

/** A handler of requests that keeps the loaded index, and its latest answers, between them. */
export function createSearchService(): (request: SearchRequest) => Promise<SearchReply> {
  let loaded: { key: string; indexes: Promise<MiniSearch<SearchDoc>[]> } | null = null;
  const answers = new Map<string, Found>();
  const answer = (indexes: MiniSearch<SearchDoc>[], query: string) => {
    const key = foldedWords(query).join(' ');
    let found = answers.get(key);
    if (found) answers.delete(key);
    else found = find(indexes, query);
    answers.set(key, found);
    if (answers.size > REMEMBERED) answers.delete(answers.keys().next().value!);
    return found;
  };
  const indexesOf = (urls: string[]) => {
    const key = urls.join('\n');
    if (loaded?.key !== key) {
      answers.clear();
      const indexes = Promise.all(urls.map(fetchIndex));
      loaded = { key, indexes };
      // The network may come back: the next request tries again. A missing or damaged file stays so.
      indexes.catch((err: unknown) => {
        if (
          loaded?.indexes === indexes &&
          !(err instanceof LoadError && err.failure.kind !== 'network')
        )
          loaded = null;
      });
    }
    return loaded.indexes;
  };
  return async ({ id, urls, query }) => {
    try {
      const indexes = await indexesOf(urls);
      return { id, ok: true, found: query === null ? null : answer(indexes, query) };
    } catch (err) {
      const failure: LoadFailure =
        err instanceof LoadError ? err.failure : { kind: 'network', message: String(err) };
      return { id, ok: false, failure };
    }
  };
}
