// The sidebar: people, directives and awards with counts, a filter, and the selected item's places.
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '@/article/schema';
import type { Selection } from '@/article/selection';
import { AwardList } from './award-list';
import { DirectiveList } from './directive-list';
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
  const matches = (...texts: (string | null | undefined)[]) =>
    !query || texts.some((x) => x && fold(x).includes(query));
  const { people, directives, awards } = article.entities;
  const nameOf = (id: string | null | undefined) => people.find((p) => p.id === id)?.name ?? null;

  const shownPeople = people.filter((p) =>
    matches(p.name, ...p.roles.map((r) => r.text), ...p.roles.map((r) => gloss(r.text))),
  );
  const shownDirectives = directives.filter((d) => matches(d.text, d.cue, nameOf(d.issuer)));
  const shownAwards = awards.filter((a) =>
    matches(a.name, a.kind, a.recipient, nameOf(a.presenter), gloss(a.name)),
  );
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
        people={shownPeople}
        total={people.length}
        selection={selection}
        onSelect={onSelect}
        gloss={gloss}
      />
      <DirectiveList
        directives={shownDirectives}
        total={directives.length}
        people={people}
        selection={selection}
        onSelect={onSelect}
      />
      <AwardList
        awards={shownAwards}
        total={awards.length}
        people={people}
        selection={selection}
        onSelect={onSelect}
        gloss={gloss}
      />
    </div>
  );
}
