// The sidebar: people, directives and awards with counts, a filter, and the selected item's places.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { Article } from '@/article/schema';
import type { Selection } from '@/article/selection';
import { AwardList } from './award-list';
import { DirectiveList } from './directive-list';
import type { RowContext } from './group';
import { PeopleList } from './people-list';
import '../entities.css';

export interface EntitySidebarProps {
  article: Article;
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  /** English gloss of a Vietnamese term, when the interface is in English. */
  gloss: (vietnamese: string) => string | null;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

export function EntitySidebar({ article, selection, onSelect, gloss }: EntitySidebarProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const query = fold(useDeferredValue(filter).trim());
  const { people, directives, awards } = article.entities;
  const names = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);

  // The caller's select function changes with every selection; the rows get one that does not.
  const latest = useRef(onSelect);
  useEffect(() => {
    latest.current = onSelect;
  }, [onSelect]);
  const select = useCallback((next: Selection | null) => latest.current(next), []);
  const context: RowContext = useMemo(
    () => ({ t, gloss, onSelect: select, names }),
    [t, gloss, select, names],
  );

  const shown = useMemo(() => {
    if (!query) return { people, directives, awards };
    const matches = (...texts: (string | null | undefined)[]) =>
      texts.some((x) => x && fold(x).includes(query));
    const nameOf = (id: string | null | undefined) => (id ? names.get(id) : undefined);
    return {
      people: people.filter((p) =>
        matches(p.name, ...p.roles.map((r) => r.text), ...p.roles.map((r) => gloss(r.text))),
      ),
      directives: directives.filter((d) => matches(d.text, d.cue, nameOf(d.issuer))),
      awards: awards.filter((a) =>
        matches(a.name, a.kind, a.recipient, nameOf(a.presenter), gloss(a.name)),
      ),
    };
  }, [query, people, directives, awards, names, gloss]);

  return (
    <div className="sidebar-inner">
      <label className="filter">
        <span className="visually-hidden">{t('entities.filter')}</span>
        <input
          type="search"
          value={filter}
          placeholder={t('entities.filterPlaceholder')}
          onChange={(e) => setFilter(e.target.value)}
        />
      </label>
      <PeopleList
        slug={article.slug}
        people={shown.people}
        total={people.length}
        selection={selection}
        context={context}
      />
      <DirectiveList
        directives={shown.directives}
        total={directives.length}
        selection={selection}
        context={context}
      />
      <AwardList
        awards={shown.awards}
        total={awards.length}
        selection={selection}
        context={context}
      />
    </div>
  );
}
