// The library: a search box and filters in its header, then the articles. Without a query or a
// filter it shows one page of the collection (the only collection data before the first paint);
// with either it loads every page, and the search index on the first query.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'react-router';
import type { Article } from '@/article/schema';
import { entryOf } from '@/collection/entry';
import { hasFilters } from '@/collection/filters';
import { foldedWords } from '@/collection/fold';
import { manifestQuery, pageQuery } from '../api/collection-queries';
import { useLibraryParams } from '../hooks/use-library-params';
import { EntryCard, useCardLabels } from './entry-card';
import { ExportButtons } from './export-buttons';
import { FilterPanel } from './filter-panel';
import { SearchBox } from './search-box';
import { BadEntries, LoadProblem } from './load-problem';
import { useAfterPaint } from '../hooks/use-after-paint';
import { useLocalPeople } from '../hooks/use-local-people';
import { useResults } from '../hooks/use-results';
import { useSearchClient } from '../hooks/use-search-client';
import { useSubmitQuery } from '../hooks/use-submit-query';
import { markShown } from '../search-timing';
import '../library.css';

// Results shown at once, then more on request: a screen or two of cards. Rendering and laying out
// cards is most of a query's time, so a longer first list would make every search slower.
const SHOWN = 20;
// Of these, the frame that first shows new results holds a screenful (more than fits on a desktop
// or a phone); the rest follow in the next, below the fold, before the reader scrolls.
const FIRST = 10;

export function LibraryView({ local }: { local: Article[] }) {
  const { t } = useTranslation();
  const labels = useCardLabels();
  const [params, update] = useLibraryParams();
  const manifest = useQuery(manifestQuery());
  const localPeople = useLocalPeople(local);
  const localEntries = useMemo(
    () => local.map((a) => ({ ...entryOf(a, (id) => localPeople.keyOf(a.slug, id)), local: true })),
    [local, localPeople],
  );
  const localLabels = useMemo(
    () => new Map(localPeople.people.map((p) => [p.filter, p.detail.name])),
    [localPeople],
  );
  const searching = params.q.trim().length > 0 || hasFilters(params.filters);
  const page = useQuery({ ...pageQuery(params.page), enabled: !searching && !!manifest.data });
  const results = useResults(manifest.data, params, localEntries, local, searching, localLabels);
  // How many results are shown, for these results only: a new query or filter starts again at SHOWN.
  const resultsKey = `${params.q}\u0000${JSON.stringify(params.filters)}`;
  const [more, setMore] = useState({ key: resultsKey, shown: SHOWN });
  const shownAll = more.key === resultsKey ? more.shown : SHOWN;
  const painted = useAfterPaint(results.entries);
  const shown = painted === results.entries ? shownAll : Math.min(shownAll, FIRST);
  // Focus on the search box starts loading the index, so that it is often there by Enter.
  const searchClient = useSearchClient(manifest.data?.search ?? []);
  const onQuery = useSubmitQuery(searchClient, update);
  const prepare = useCallback(() => searchClient?.prepare(), [searchClient]);
  const shownNow = searching && !results.pending;
  useLayoutEffect(() => {
    if (shownNow) markShown();
  }, [shownNow, results.entries]);
  // The words of the query the results answer (the previous one while the next is looked up).
  const highlight = useMemo(
    () => ({ terms: results.terms, prefixes: foldedWords(results.query).slice(-1) }),
    [results.query, results.terms],
  );

  return (
    <>
      <header className="library-header">
        <h1>{t('library.title')}</h1>
        <p className="muted">
          {t('library.intro')} <Link to="/people">{t('library.toPeople')}</Link>
        </p>
        <SearchBox query={params.q} onQuery={onQuery} onFocus={prepare} />
        {manifest.data && (
          <FilterPanel
            filters={params.filters}
            counts={results.counts}
            dates={manifest.data.dates}
            onChange={update}
          />
        )}
      </header>
      {manifest.isPending && !manifest.isError && <p aria-busy="true">{t('library.loading')}</p>}
      {manifest.error && (
        <LoadProblem error={manifest.error} what="index" onRetry={() => void manifest.refetch()} />
      )}
      {searching && searchResults()}
      {!searching && manifest.data && browse()}
    </>
  );

  function searchResults() {
    return (
      <section
        aria-labelledby="results-title"
        data-query={params.q}
        aria-busy={results.pending || undefined}
      >
        <h2 id="results-title" className="results-title" aria-live="polite">
          {results.waiting === 'index'
            ? t('library.loadingIndex')
            : results.pending
              ? t('library.searching')
              : t('library.results', { count: results.entries.length })}
        </h2>
        {results.searchError && <LoadProblem error={results.searchError} what="search" />}
        {results.failed.map((f) => (
          <LoadProblem key={f.page} error={f.error} what="page" />
        ))}
        <BadEntries bad={results.bad} />
        <ExportButtons entries={results.entries} local={local} disabled={results.pending} />
        <ul className="library-list">
          {results.entries.slice(0, shown).map((e) => (
            <EntryCard
              key={`${e.local ? 'l' : 'c'}-${e.slug}`}
              entry={e}
              labels={labels}
              highlight={highlight}
            />
          ))}
        </ul>
        {results.entries.length > shownAll && (
          <button
            type="button"
            onClick={() => setMore({ key: resultsKey, shown: shownAll + SHOWN })}
          >
            {t('library.showMore', { count: results.entries.length - shownAll })}
          </button>
        )}
      </section>
    );
  }

  function browse() {
    const m = manifest.data!;
    if (m.articles === 0 && localEntries.length === 0) return <p>{t('library.empty')}</p>;
    return (
      <section aria-label={t('library.articles')}>
        <p className="muted">{t('library.total', { count: m.articles })}</p>
        {page.error && (
          <LoadProblem error={page.error} what="page" onRetry={() => void page.refetch()} />
        )}
        {page.data && <BadEntries bad={page.data.bad} />}
        <ul className="library-list">
          {params.page === 1 &&
            localEntries.map((e) => <EntryCard key={`l-${e.slug}`} entry={e} labels={labels} />)}
          {page.data?.entries.map((e) => (
            <EntryCard key={e.slug} entry={e} labels={labels} />
          ))}
        </ul>
        {m.pages > 1 && (
          <nav className="pager" aria-label={t('library.pages')}>
            {params.page > 1 && <Link to={`?page=${params.page - 1}`}>{t('library.newer')}</Link>}
            <span>{t('library.pageOf', { page: params.page, pages: m.pages })}</span>
            {params.page < m.pages && (
              <Link to={`?page=${params.page + 1}`}>{t('library.older')}</Link>
            )}
          </nav>
        )}
      </section>
    );
  }
}
