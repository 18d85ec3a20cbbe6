// The people of the articles imported in this browser (src/collection/people/local.ts), each either
// matched to the collection's person of that name or a person of their own, marked local. Their
// keys join the library's person filter, their entries /people, and their articles the pages.
import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Article } from '@/article/schema';
import { collectionKeyOf, matchPerson, peopleOfArticles } from '@/collection/people/local';
import type { PersonDetail } from '@/collection/schema';
import { namesakes } from '../api/collection-queries';

export interface LocalPerson {
  /** What the imported articles say of them (keys among those articles only). */
  detail: PersonDetail;
  /** The collection person they are, or null. */
  joined: string | null;
  /** Their value in the library's person filter. */
  filter: string;
  /** Their page: the collection person's, or their own under /people/mine/. */
  href: string;
}

export interface LocalPeople {
  people: LocalPerson[];
  /** The filter value of the person `personId` of the imported article `slug`. */
  keyOf: (slug: string, personId: string) => string | undefined;
  pending: boolean;
}

/** The filter value of someone who is only in imported articles. */
export const mineFilter = (key: string) => `mine:${key}`;

// Outside the hook, so TanStack Query keeps its result while the files are unchanged.
const combine = (results: UseQueryResult<PersonDetail[]>[]) => ({
  lists: results.map((r) => r.data),
  pending: results.some((r) => r.isPending),
});

export function useLocalPeople(articles: Article[]): LocalPeople {
  const client = useQueryClient();
  const details = useMemo(() => peopleOfArticles(articles), [articles]);
  const bases = useMemo(() => [...new Set(details.map((p) => collectionKeyOf(p.name)))], [details]);
  const found = useQueries({
    queries: bases.map((base) => ({
      queryKey: ['collection', 'namesakes', base],
      queryFn: () => namesakes(client, base),
      staleTime: 60_000,
      retry: false,
    })),
    combine,
  });
  const { lists, pending } = found;
  return useMemo(() => {
    const byBase = new Map(bases.map((b, i) => [b, lists[i] ?? []]));
    const people = details.map((detail): LocalPerson => {
      const joined = matchPerson(detail, byBase.get(collectionKeyOf(detail.name)) ?? []);
      return {
        detail,
        joined,
        filter: joined ?? mineFilter(detail.key),
        href: joined ? `/people/${joined}` : `/people/mine/${detail.key}`,
      };
    });
    const keys = new Map<string, string>();
    for (const p of people)
      for (const a of p.detail.articles) keys.set(`${a.slug}\u0000${a.personId}`, p.filter);
    return {
      people,
      keyOf: (slug, personId) => keys.get(`${slug}\u0000${personId}`),
      pending,
    };
  }, [bases, details, lists, pending]);
}
