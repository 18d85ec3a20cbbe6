// Where each person and title stands in each block, for the article view: names are clickable (they
// select the person), and titles carry their English gloss on hover and focus.
import type { ReactNode } from 'react';
import type { Article } from '@/article/schema';
import type { Selection } from '@/article/selection';
import type { Ref } from '@/components/ui/highlighted-text';

interface Spot {
  block: number;
  start: number;
  end: number;
  person?: string;
  gloss?: string | null;
  role?: boolean;
}

export function buildRefs(
  article: Article,
  onSelect: (s: Selection) => void,
  gloss: (vi: string) => string | null,
): Map<number, Ref[]> {
  // One spot per range: a title standing for a person is both a name and a title.
  const spots = new Map<string, Spot>();
  const spot = (block: number, start: number, end: number) => {
    const key = `${block}:${start}:${end}`;
    let s = spots.get(key);
    if (!s) spots.set(key, (s = { block, start, end }));
    return s;
  };
  for (const person of article.entities.people) {
    for (const m of person.mentions) spot(m.block, m.start, m.end).person = person.id;
    for (const role of person.roles) {
      const g = gloss(role.text);
      for (const m of role.mentions)
        Object.assign(spot(m.block, m.start, m.end), { role: true, gloss: g });
    }
  }
  const refs = new Map<number, Ref[]>();
  for (const s of spots.values()) {
    const render = (children: ReactNode, key: string) => {
      const className = [s.person ? 'ref' : '', s.role ? 'role' : ''].join(' ').trim();
      return (
        <span
          key={key}
          className={className}
          data-person={s.person}
          {...(s.gloss ? { tabIndex: 0, 'data-gloss': s.gloss, title: s.gloss } : {})}
          onClick={s.person ? () => onSelect({ kind: 'person', id: s.person! }) : undefined}
        >
          {children}
        </span>
      );
    };
    refs.set(s.block, [...(refs.get(s.block) ?? []), { start: s.start, end: s.end, render }]);
  }
  return refs;
}
