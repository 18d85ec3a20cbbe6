// The page's side of the collection's search: requests to a Web Worker that holds the index
// (search.worker.ts), or to the same service inline where there is no Worker (tests) or where the
// worker fails (the search then still works, on the main thread).
import { LoadError } from '@/article/fetch-json';
import { measureSince } from '../search-timing';
import type { Found, SearchReply, SearchRequest } from './search-service';

type Send = (request: SearchRequest) => Promise<SearchReply>;

export interface SearchClient {
  /** Starts loading the index: the reader is about to search. */
  prepare(): void;
  /**
   * Rejects with a LoadError when the index is missing, damaged or cannot be fetched. Asking again
   * for the query just asked gives the same answer, so a page may ask while it renders.
   */
  search(query: string): Promise<Found>;
  /** The answer to `query` if it is the latest to have arrived: a page renders it at once. */
  answered(query: string): Found | undefined;
  /** The latest answer to have arrived, whatever its query: shown while the next is looked up. */
  readonly latest: { query: string; found: Found } | null;
  /** Whether the index has loaded (the first query waits for it). */
  readonly ready: boolean;
}

function inline(): Send {
  const service = import('./search-service').then((m) => m.createSearchService());
  return async (request) => (await service)(request);
}

/** A worker started on the first request; if it fails, what it held is asked inline instead. */
function viaWorker(): Send {
  let worker: Worker | null = null;
  let fallback: Send | null = null;
  const waiting = new Map<number, { request: SearchRequest; done: (r: SearchReply) => void }>();
  const start = () => {
    const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<SearchReply>) => {
      waiting.get(e.data.id)?.done(e.data);
      waiting.delete(e.data.id);
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      fallback = inline();
      for (const { request, done } of waiting.values()) void fallback(request).then(done);
      waiting.clear();
    };
    return w;
  };
  return (request) => {
    if (fallback) return fallback(request);
    worker ??= start();
    return new Promise((done) => {
      waiting.set(request.id, { request, done });
      worker!.postMessage(request);
    });
  };
}

/** A client for the index files at `paths` (under the site); nothing starts before a request. */
export function createSearchClient(paths: string[]): SearchClient {
  let send: Send | null = null;
  let urls: string[] = [];
  let next = 0;
  let ready = false;
  let prepared: Promise<unknown> | null = null;
  let last: { query: string; found: Promise<Found> } | null = null;
  let latest: { query: string; found: Found } | null = null;
  const ask = async (query: string | null) => {
    if (!send) {
      send = typeof Worker === 'undefined' ? inline() : viaWorker();
      // Absolute, since a worker resolves URLs against its own script's.
      urls = paths.map((p) => new URL(p, location.href).href);
    }
    const reply = await send({ id: next++, urls, query });
    if (!reply.ok) throw new LoadError(reply.failure);
    ready = true;
    return reply.found;
  };
  return {
    prepare() {
      // A failure is said by the query that follows, which tries again where that can help.
      prepared ??= ask(null).catch(() => null);
    },
    search(query) {
      if (last?.query !== query) {
        const at = performance.now();
        const found = ask(query) as Promise<Found>;
        last = { query, found };
        found.then(
          (answer) => {
            // From the request to the answer back on the page: the lookup and two thread hand-offs.
            measureSince('lookup', at);
            latest = { query, found: answer };
          },
          // Unless it is asked again, a failed query is no one's to report.
          () => {
            if (last?.found === found) last = null;
          },
        );
      }
      return last.found;
    },
    answered(query) {
      return latest?.query === query ? latest.found : undefined;
    },
    get ready() {
      return ready;
    },
    get latest() {
      return latest;
    },
  };
}
