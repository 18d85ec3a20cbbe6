// People: name, roles (glossed in English), mention count; the author and photographer apart.
import { memo, useMemo } from 'react';
import { Link } from 'react-router';
import type { Person } from '@/article/schema';
import type { Selection } from '@/article/selection';
import { Gloss, Group, idOf, isSelected, type RowContext } from './group';
import { VirtualList } from './virtual-list';

interface PeopleProps {
  /** The article's slug, for the link to each person's page across the collection. */
  slug: string;
  people: Person[];
  total: number;
  selection: Selection | null;
  context: RowContext;
}

interface RowProps {
  slug: string;
  person: Person;
  selected: boolean;
  context: RowContext;
}

const PersonRow = memo(function PersonRow({ slug, person: p, selected, context }: RowProps) {
  const { t, gloss, onSelect } = context;
  return (
    <>
      <button
        type="button"
        className="item"
        aria-pressed={selected}
        data-person={p.id}
        onClick={() => onSelect(selected ? null : { kind: 'person', id: p.id })}
      >
        <span className="item-title" lang="vi">
          {p.name}
        </span>
        {p.credit && (
          <span className="tag">
            {p.credit === 'author' ? t('entities.author') : t('entities.photographer')}
          </span>
        )}
        {p.roles.map((r) => (
          <span key={r.text} className="role-line">
            <Gloss vi={r.text} gloss={gloss(r.text)} />
          </span>
        ))}
        <span className="muted mentions" data-mentions={p.mentions.length}>
          {t('entities.mentions', { count: p.mentions.length })}
        </span>
      </button>
      {!p.credit && (
        <Link
          className="person-page"
          to={`/people/in/${slug}/${p.id}?name=${encodeURIComponent(p.name)}`}
          aria-label={t('people.page', { name: p.name })}
        >
          {t('entities.personPage')}
        </Link>
      )}
    </>
  );
});

export function PeopleList({ slug, people, total, selection, context }: PeopleProps) {
  const { t } = context;
  const [named, credited] = useMemo(
    () => [people.filter((p) => !p.credit), people.filter((p) => p.credit)],
    [people],
  );
  const row = (p: Person) => (
    <PersonRow
      slug={slug}
      person={p}
      selected={isSelected(selection, 'person', p.id)}
      context={context}
    />
  );
  return (
    <Group
      id="group-people"
      title={t('entities.people')}
      count={total}
      empty={people.length === 0}
      filtered={people.length < total}
      t={t}
    >
      {named.length > 0 && (
        <VirtualList
          items={named}
          keyOf={idOf}
          row={row}
          estimate={96}
          keep={selection?.kind === 'person' ? named.findIndex((p) => p.id === selection.id) : -1}
        />
      )}
      {credited.length > 0 && (
        <>
          <h3 className="subgroup">{t('entities.credits')}</h3>
          <VirtualList items={credited} keyOf={idOf} row={row} estimate={96} keep={-1} />
        </>
      )}
    </Group>
  );
}
