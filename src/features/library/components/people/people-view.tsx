// /people: everyone in the collection with their commonest role and counts, most written-about
// first, one page at a time; a search (in the URL, ?q=) looks through all of them, tone marks or not.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useSearchParams } from 'react-router';
import { fold, foldedWords } from '@/collection/fold';
import type { Article } from '@/article/schema';
import { summaryOf } from '@/collection/people/build';
import type { PersonSummary } from '@/collection/schema';
import { manifestQuery, peoplePageQuery } from '../../api/collection-queries';
import { useLocalPeople } from '../../hooks/use-local-people';
import { BadEntries, LoadProblem } from '../load-problem';
import { PersonCard } from './person-card';

const SHOWN = 200;

function matchesQuery(p: PersonSummary, words: string[]): boolean {
  const hay = ` ${fold(`${p.name} ${p.role ?? ''}`)}`;
  return words.every((w) => hay.includes(` ${w}`));
}

export function PeopleView({ local }: { local: Article[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const words = useMemo(() => foldedWords(q), [q]);
  const manifest = useQuery(manifestQuery());
  const pages = manifest.data?.peoplePages ?? 0;
  // Without a query only the first page; with one, every page (the list is searched here).
  const wanted = words.length > 0 ? pages : Math.min(1, pages);
  const loaded = useQueries({
    queries: Array.from({ length: wanted }, (_, i) => peoplePageQuery(i + 1)),
    combine: (results) => ({
      people: results.flatMap((r) => r.data?.entries ?? []),
      bad: results.flatMap((r, i) => (r.data?.bad ?? []).map((b) => ({ ...b, page: i + 1 }))),
      error: results.find((r) => r.error)?.error ?? null,
      pending: results.some((r) => r.isPending),
    }),
  });
  const shown = useMemo(
    () => (words.length ? loaded.people.filter((p) => matchesQuery(p, words)) : loaded.people),
    [loaded.people, words],
  );
  // The people of the articles imported here, each linking to their page (the collection's person
  // they are, or their own).
  const localPeople = useLocalPeople(local);
  const mine = useMemo(
    () =>
      localPeople.people
        .map((p) => ({ summary: summaryOf(p.detail), href: p.href }))
        .filter((p) => words.length === 0 || matchesQuery(p.summary, words)),
    [localPeople, words],
  );
  return (
    <>
      <header className="library-header">
        <h1>{t('people.title')}</h1>
        <p className="muted">
          {manifest.data ? t('people.intro', { count: manifest.data.people }) : null}
        </p>
        <form role="search" className="library-search" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor={id}>{t('people.searchLabel')}</label>
          <input
            id={id}
            type="search"
            value={q}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) =>
              setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })
            }
          />
        </form>
      </header>
      {manifest.error && <LoadProblem error={manifest.error} what="index" />}
      {loaded.error && <LoadProblem error={loaded.error} what="people" />}
      <BadEntries bad={loaded.bad} />
      {(manifest.isPending || loaded.pending) && !manifest.error && (
        <p aria-busy="true">{t('people.loading')}</p>
      )}
      {words.length > 0 && !loaded.pending && (
        <p role="status">{t('people.found', { count: shown.length + mine.length })}</p>
      )}
      {mine.length > 0 && (
        <section aria-labelledby="people-local-title">
          <h2 id="people-local-title">{t('people.localTitle')}</h2>
          <ul className="library-list people-list">
            {mine.map((p) => (
              <PersonCard key={p.href} person={p.summary} href={p.href} local />
            ))}
          </ul>
        </section>
      )}
      <ul className="library-list people-list">
        {shown.slice(0, SHOWN).map((p) => (
          <PersonCard key={p.key} person={p} href={`/people/${p.key}`} />
        ))}
      </ul>
      {!words.length && pages > 1 && <p className="muted">{t('people.more')}</p>}
    </>
  );
}
