// The collection's files under /articles/, each a query with a hierarchical key. The first paint
// needs the manifest and one page; every page (for filters) loads on demand, the search index in
// its worker (search-client.ts).
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { LoadError, fetchChecked } from '@/article/fetch-json';
import type { Checked } from '@/article/validate';
import { checkEntries, checkPeople } from '@/collection/check';
import {
  manifestSchema,
  pageSchema,
  personDetailSchema,
  type Manifest,
  type PersonDetail,
} from '@/collection/schema';
import { articlesUrl } from './articles-url';
import type * as z from 'zod/mini';

const checker =
  <T>(schema: z.ZodMiniType<T>) =>
  (data: unknown): Checked<T> => {
    const result = schema.safeParse(data);
    return result.success
      ? { ok: true, value: result.data }
      : {
          ok: false,
          problems: result.error.issues.map((i) => ({
            path: i.path.map(String).join('.'),
            message: i.message,
          })),
        };
  };

/** Retry only what may pass on its own (the network); a missing or damaged file says so at once. */
export const retryNetwork = (failures: number, error: Error) =>
  failures < 2 &&
  // Offline, the file was not kept: say so at once rather than retry.
  (typeof navigator === 'undefined' || navigator.onLine !== false) &&
  !(error instanceof LoadError && error.failure.kind !== 'network');

const paths = {
  manifest: 'library/manifest.json',
  page: (n: number) => `library/page-${n}.json`,
  peoplePage: (n: number) => `people/page-${n}.json`,
  person: (key: string) => `person/${key}.json`,
};

export const manifestQuery = () =>
  queryOptions({
    queryKey: ['collection', 'manifest'],
    queryFn: ({ signal }): Promise<Manifest> =>
      fetchChecked(articlesUrl(paths.manifest), checker(manifestSchema), signal),
    staleTime: 60_000,
    retry: retryNetwork,
    retryOnMount: false,
  });

export const pageQuery = (n: number) =>
  queryOptions({
    queryKey: ['collection', 'page', n],
    queryFn: async ({ signal }) => {
      const page = await fetchChecked(articlesUrl(paths.page(n)), checker(pageSchema), signal);
      return checkEntries(page.entries);
    },
    staleTime: 60_000,
    retry: retryNetwork,
    retryOnMount: false,
  });

export const peoplePageQuery = (n: number) =>
  queryOptions({
    queryKey: ['collection', 'people', n],
    queryFn: async ({ signal }) => {
      const page = await fetchChecked(
        articlesUrl(paths.peoplePage(n)),
        checker(pageSchema),
        signal,
      );
      return checkPeople(page.entries);
    },
    staleTime: 60_000,
    retry: retryNetwork,
    retryOnMount: false,
  });

export const personQuery = (key: string) =>
  queryOptions({
    queryKey: ['collection', 'person', key],
    queryFn: ({ signal }): Promise<PersonDetail> =>
      fetchChecked(articlesUrl(paths.person(key)), checker(personDetailSchema), signal),
    staleTime: 60_000,
    retry: retryNetwork,
    retryOnMount: false,
  });

/**
 * The collection's people whose names fold to `base`: `base`, `base-2`, … up to the first that is
 * not there (docs/people.md: namesakes are numbered). One that cannot be loaded ends the list.
 */
export async function namesakes(client: QueryClient, base: string): Promise<PersonDetail[]> {
  const found: PersonDetail[] = [];
  for (let n = 1; n <= 8; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    const person = await client.fetchQuery(personQuery(key)).catch(() => null);
    if (!person) break;
    found.push(person);
  }
  return found;
}
