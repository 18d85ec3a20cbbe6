// The local library: articles the reader imported, kept in this browser's IndexedDB. Each write is one
// transaction, so a failure (a full quota) leaves what was saved before exactly as it was.
import type { Article } from '@/article/schema';

const DB = 'docbao';
const STORE = 'articles';
const VERSION = 1;

export interface LocalArticle {
  slug: string;
  savedAt: number;
  article: Article;
}

export class StorageFullError extends Error {
  constructor() {
    super('storage quota exceeded');
    this.name = 'StorageFullError';
  }
}

/**
 * The browser keeps no storage for this page: IndexedDB is missing (some private windows), refused
 * (storage blocked in the settings) or never answers. Reading an article still works; keeping it does not.
 */
export class StorageUnavailableError extends Error {
  constructor(cause?: string) {
    super(`browser storage unavailable${cause ? `: ${cause}` : ''}`);
    this.name = 'StorageUnavailableError';
  }
}

/** How long an open may stay unanswered before the store is taken as unavailable. */
const OPEN_TIMEOUT_MS = 3000;

function open(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined' || !indexedDB)
    return Promise.reject(new StorageUnavailableError('no IndexedDB'));
  return new Promise((resolve, reject) => {
    const unavailable = (cause?: string) => {
      clearTimeout(timer);
      reject(new StorageUnavailableError(cause));
    };
    const timer = setTimeout(() => unavailable('no answer'), OPEN_TIMEOUT_MS);
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB, VERSION);
    } catch (err) {
      unavailable(err instanceof Error ? err.message : String(err));
      return;
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE))
        request.result.createObjectStore(STORE, { keyPath: 'slug' });
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve(request.result);
    };
    request.onerror = () => unavailable(request.error?.message);
    request.onblocked = () => unavailable('blocked by another tab');
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      let result: T;
      request.onsuccess = () => (result = request.result);
      tx.oncomplete = () => resolve(result);
      const fail = () => {
        const error = tx.error ?? request.error;
        reject(error?.name === 'QuotaExceededError' ? new StorageFullError() : error);
      };
      tx.onabort = fail;
      tx.onerror = fail;
    });
  } finally {
    db.close();
  }
}

export async function listLocal(): Promise<LocalArticle[]> {
  const all = await run<LocalArticle[]>(
    'readonly',
    (s) => s.getAll() as IDBRequest<LocalArticle[]>,
  );
  return all.sort((a, b) => b.savedAt - a.savedAt);
}

export const getLocal = (slug: string) =>
  run<LocalArticle | undefined>(
    'readonly',
    (s) => s.get(slug) as IDBRequest<LocalArticle | undefined>,
  );

export async function saveLocal(article: Article): Promise<LocalArticle> {
  const entry: LocalArticle = { slug: article.slug, savedAt: Date.now(), article };
  try {
    await run('readwrite', (s) => s.put(entry));
  } catch (err) {
    if (err instanceof DOMException && err.name === 'QuotaExceededError')
      throw new StorageFullError();
    throw err;
  }
  return entry;
}

export const deleteLocal = (slug: string) => run('readwrite', (s) => s.delete(slug));
