import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { redirect, useParams, type LoaderFunctionArgs } from 'react-router';
import { keyOf } from '@/collection/fold';
import { PeopleView, PersonView, personQuery } from '@/features/library';

export function PeopleRoute() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('people.title')} — docbao`;
  }, [t]);
  return (
    <main id="main" className="page library" tabIndex={-1}>
      <PeopleView />
    </main>
  );
}

export function PersonRoute() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('people.title')} — docbao`;
  }, [t]);
  return (
    <main id="main" className="page library person-page" tabIndex={-1}>
      <PersonView key={key} personKey={key} />
    </main>
  );
}

/**
 * The reader's link to a person's page: /people/in/:slug/:person?name=…. A person's key is their
 * name folded, with -2, -3 … for namesakes (docs/people.md): the first whose page lists this
 * article's person is theirs. An article outside the collection (imported here) searches by name.
 */
export const personInLoader =
  (client: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const name = new URL(request.url).searchParams.get('name') ?? '';
    const base = keyOf(name, 60);
    for (let n = 1; name && n <= 8; n++) {
      const key = n === 1 ? base : `${base}-${n}`;
      const person = await client.fetchQuery(personQuery(key)).catch(() => null);
      if (!person) break;
      if (person.articles.some((a) => a.slug === params.slug && a.personId === params.person))
        return redirect(`/people/${key}`);
    }
    return redirect(name ? `/people?q=${encodeURIComponent(name)}` : '/people');
  };
