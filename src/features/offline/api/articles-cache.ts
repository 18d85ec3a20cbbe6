// The articles kept on this device: the service worker's cache of everything under /articles/ (see
// config/pwa.ts), which the app also fills ("Keep for offline") and empties ("Free"). Without the Cache
// API (an old browser, a non-secure origin) nothing is kept and every call says so.

/** The cache's name, shared with the service worker's configuration. */
export const ARTICLES_CACHE = 'docbao-articles';

export const cacheAvailable = () => typeof caches !== 'undefined';

/** True when `url` is kept on this device. */
export async function isKept(url: string): Promise<boolean> {
  if (!cacheAvailable()) return false;
  const cache = await caches.open(ARTICLES_CACHE);
  // ignoreVary: a copy the service worker stored for a fetch with other headers is the same file.
  return (await cache.match(url, { ignoreVary: true })) !== undefined;
}

/**
 * Fetches each URL and keeps its answer, `onProgress` after each; a file that fails is skipped and
 * counted. Returns how many were kept and how many failed.
 */
export async function keep(
  urls: string[],
  onProgress?: (done: number) => void,
): Promise<{ kept: number; failed: number }> {
  if (!cacheAvailable()) throw new Error('no Cache API');
  const cache = await caches.open(ARTICLES_CACHE);
  let kept = 0;
  let failed = 0;
  for (const url of urls) {
    try {
      await cache.add(url);
      kept++;
    } catch (err) {
      // A full quota stops everything: the rest would fail the same way.
      if ((err as Error).name === 'QuotaExceededError') throw err;
      failed++;
    }
    onProgress?.(kept + failed);
  }
  return { kept, failed };
}

/** Forgets one kept file. */
export async function forget(url: string): Promise<void> {
  if (cacheAvailable()) await (await caches.open(ARTICLES_CACHE)).delete(url);
}

/** Forgets every kept article and index; the app itself stays installed. */
export async function forgetAll(): Promise<void> {
  if (cacheAvailable()) await caches.delete(ARTICLES_CACHE);
}

/** What this site stores on the device and what it may, in bytes (null when the browser won't say). */
export async function storageUsed(): Promise<{ usage: number; quota: number } | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined ? null : { usage, quota };
}
