import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { redirect, useParams, type LoaderFunctionArgs } from 'react-router';
import { collectionKeyOf, matchPerson, peopleOfArticles } from '@/collection/people/local';
import { localListQuery } from '@/features/import';
import { LocalPersonView, namesakes, PeopleView, PersonView } from '@/features/library';
import { usePageTitle } from './use-page-title';

/** The reader's imported articles: their people join the people pages, marked as local. */
function useLocalArticles() {
  const local = useQuery(localListQuery());
  return useMemo(() => (local.data ?? []).map((e) => e.article), [local.data]);
}

export function PeopleRoute() {
  const { t } = useTranslation();
  const local = useLocalArticles();
  usePageTitle(t('people.title'));
  return (
    <main id="main" className="page library" tabIndex={-1}>
      <PeopleView local={local} />
    </main>
  );
}

export function PersonRoute({ mine = false }: { mine?: boolean }) {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const local = useLocalArticles();
  usePageTitle(t('people.title'));
  return (
    <main id="main" className="page library person-page" tabIndex={-1}>
      {mine ? (
        <LocalPersonView key={key} personKey={key} local={local} />
      ) : (
        <PersonView key={key} personKey={key} local={local} />
      )}
    </main>
  );
}

export const LocalPersonRoute = () => <PersonRoute mine />;

/**
 * The reader's link to a person's page: /people/in/:slug/:person?name=…. A person's key is their
 * name folded, with -2, -3 … for namesakes (docs/people.md): the first whose page lists this
 * article's person is theirs. For an article imported here, the person its people are (the
 * collection's, or their own page under /people/mine/); failing both, a search by name.
 */
export const personInLoader =
  (client: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const name = new URL(request.url).searchParams.get('name') ?? '';
    const found = name ? await namesakes(client, collectionKeyOf(name)) : [];
    const named = (p: { articles: { slug: string; personId: string }[] }) =>
      p.articles.some((a) => a.slug === params.slug && a.personId === params.person);
    const theirs = found.find(named);
    if (theirs) return redirect(`/people/${theirs.key}`);
    const local = await client.fetchQuery(localListQuery()).catch(() => []);
    const mine = peopleOfArticles(local.map((e) => e.article)).find(named);
    if (mine) {
      const joined = matchPerson(mine, await namesakes(client, collectionKeyOf(mine.name)));
      return redirect(joined ? `/people/${joined}` : `/people/mine/${mine.key}`);
    }
    return redirect(name ? `/people?q=${encodeURIComponent(name)}` : '/people');
  };
