// People: name, roles (glossed in English), mention count; the author and photographer apart.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '@/article/schema';
import type { Selection } from '@/article/selection';
import { ShowMore, useShownCount } from '@/components/ui/show-more';
import { Gloss, Group, isSelected } from './group';

interface PeopleProps {
  /** The article's slug, for the link to each person's page across the collection. */
  slug: string;
  people: Person[];
  total: number;
  selection: Selection | null;
  onSelect: (s: Selection | null) => void;
  gloss: (vi: string) => string | null;
}

export function PeopleList({ slug, people, total, selection, onSelect, gloss }: PeopleProps) {
  const { t } = useTranslation();
  const all = people.filter((p) => !p.credit);
  const credited = people.filter((p) => p.credit);
  const selected = selection?.kind === 'person' ? all.findIndex((p) => p.id === selection.id) : -1;
  const { count, left, more } = useShownCount(all.length, selected);
  const named = all.slice(0, count);
  const item = (p: Person) => (
    <li key={p.id}>
      <button
        type="button"
        className="item"
        aria-pressed={isSelected(selection, 'person', p.id)}
        data-person={p.id}
        onClick={() =>
          onSelect(isSelected(selection, 'person', p.id) ? null : { kind: 'person', id: p.id })
        }
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
    </li>
  );
  return (
    <Group
      id="group-people"
      title={t('entities.people')}
      count={total}
      empty={people.length === 0}
      filtered={people.length < total}
    >
      {named.length > 0 && <ul className="items">{named.map(item)}</ul>}
      <ShowMore left={left} onMore={more} />
      {credited.length > 0 && (
        <>
          <h3 className="subgroup">{t('entities.credits')}</h3>
          <ul className="items">{credited.map(item)}</ul>
        </>
      )}
    </Group>
  );
}
