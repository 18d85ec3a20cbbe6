// /people: everyone in the collection with their commonest role and counts, most written-about
// first, one page at a time; a search (in the URL, ?q=) looks through all of them, tone marks or not.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fold, foldedWords } from '@/collection/fold';
import type { PersonSummary } from '@/collection/schema';
import { manifestQuery, peoplePageQuery } from '../../api/collection-queries';
import { BadEntries, LoadProblem } from '../load-problem';

const SHOWN = 200;

function matchesQuery(p: PersonSummary, words: string[]): boolean {
  const hay = ` ${fold(`${p.name} ${p.role ?? ''}`)}`;
  return words.every((w) => hay.includes(` ${w}`));
}

export function PeopleView() {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const words = foldedWords(q);
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
        <p role="status">{t('people.found', { count: shown.length })}</p>
      )}
      <ul className="library-list people-list">
        {shown.slice(0, SHOWN).map((p) => (
          <li key={p.key} className="card">
            <h2 lang="vi">
              <Link to={`/people/${p.key}`}>{p.name}</Link>
            </h2>
            <p className="muted">
              {p.role && (
                <span lang="vi">
                  {p.role}
                  {' · '}
                </span>
              )}
              {t('people.counts', {
                articles: t('people.articles', { count: p.articles }),
                directives: t('format.directives', { count: p.directives }),
                awards: t('format.awards', { count: p.awards }),
              })}
            </p>
          </li>
        ))}
      </ul>
      {!words.length && pages > 1 && <p className="muted">{t('people.more')}</p>}
    </>
  );
}
