// The library's state lives in the URL (/?q=…&person=…&from=…), so a search can be shared and
// reloaded, and Back undoes a filter.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { FILTER_KEYS, type Filters } from '@/collection/filters';

export interface LibraryParams {
  q: string;
  filters: Filters;
  page: number;
}

export function useLibraryParams() {
  const [params, setParams] = useSearchParams();
  const state = useMemo<LibraryParams>(() => {
    const filters: Filters = {};
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      if (value) filters[key] = value;
    }
    const page = Number(params.get('page') ?? 1);
    return {
      q: params.get('q') ?? '',
      filters,
      page: Number.isInteger(page) && page >= 1 ? page : 1,
    };
  }, [params]);

  /** Sets or clears some parameters; any change but the page's goes back to the first page. */
  const update = useCallback(
    (changes: Record<string, string | null>, options: { replace?: boolean } = {}) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );
  return [state, update] as const;
}
