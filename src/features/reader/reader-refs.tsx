// Where each person, title, award and directive cue stands in each block, for the article view:
// names, awards and cue words are clickable (they select their item), and titles carry their English
// gloss on hover and focus.
import type { ReactNode } from 'react';
import type { Article } from '@/article/schema';
import type { Selection } from '@/article/selection';
import type { Ref } from '@/components/ui/highlighted-text';

interface Spot {
  block: number;
  start: number;
  end: number;
  person?: string;
  award?: string;
  directive?: string;
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
  for (const award of article.entities.awards) {
    for (const m of award.mentions) spot(m.block, m.start, m.end).award ??= award.id;
  }
  for (const directive of article.entities.directives) {
    const cue = directive.cuePlace;
    if (cue) spot(cue.block, cue.start, cue.end).directive ??= directive.id;
  }
  const refs = new Map<number, Ref[]>();
  for (const s of spots.values()) {
    // A name selects its person first; otherwise an award, otherwise a directive.
    const target: Selection | null = s.person
      ? { kind: 'person', id: s.person }
      : s.award
        ? { kind: 'award', id: s.award }
        : s.directive
          ? { kind: 'directive', id: s.directive }
          : null;
    const render = (children: ReactNode, key: string) => {
      const className = [target ? 'ref' : '', s.role ? 'role' : ''].join(' ').trim();
      return (
        <span
          key={key}
          className={className}
          data-person={s.person}
          data-award={s.award}
          data-directive={s.directive}
          {...(s.gloss ? { tabIndex: 0, 'data-gloss': s.gloss, title: s.gloss } : {})}
          onClick={target ? () => onSelect(target) : undefined}
        >
          {children}
        </span>
      );
    };
    refs.set(s.block, [...(refs.get(s.block) ?? []), { start: s.start, end: s.end, render }]);
  }
  return refs;
}
