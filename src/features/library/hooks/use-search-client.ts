// One search client per app (per QueryClient, like the rest of its data) and set of index files:
// the worker and the index it loaded serve every query after the first.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { articlesUrl } from '../api/articles-url';
import { createSearchClient, type SearchClient } from '../api/search-client';

const clients = new WeakMap<QueryClient, Map<string, SearchClient>>();

/** The client for the index `files` (none when the collection has no search index). */
export function useSearchClient(files: string[]): SearchClient | null {
  const queryClient = useQueryClient();
  const key = files.join('\n');
  return useMemo(() => {
    if (!key) return null;
    let byFiles = clients.get(queryClient);
    if (!byFiles) clients.set(queryClient, (byFiles = new Map()));
    let client = byFiles.get(key);
    if (!client) {
      client = createSearchClient(key.split('\n').map(articlesUrl));
      byFiles.set(key, client);
    }
    return client;
  }, [queryClient, key]);
}
