// Where each person, title, award and directive cue stands in each block, for the article view:
// names, awards and cue words are clickable (they select their item), and titles carry their English
// gloss on hover and focus. The gloss comes from a context, so that a language switch re-renders the
// titles alone and not the article's text.
import { createContext, useContext, type ReactNode } from 'react';
import type { Article } from '@/article/schema';
import type { Selection } from '@/article/selection';
import type { Ref } from '@/components/ui/highlighted-text';
import { GlossStore } from './gloss-store';

interface Spot {
  block: number;
  start: number;
  end: number;
  person?: string;
  award?: string;
  directive?: string;
  /** The title's Vietnamese text, when the range is a title. */
  role?: string;
}

export const GlossContext = createContext(new GlossStore());

interface SpotProps {
  spot: Spot;
  target: Selection | null;
  onSelect: (s: Selection) => void;
  children: ReactNode;
}

function SpotView({ spot: s, target, onSelect, children }: SpotProps) {
  return (
    <span
      className={target ? 'ref' : undefined}
      data-person={s.person}
      data-award={s.award}
      data-directive={s.directive}
      onClick={target ? () => onSelect(target) : undefined}
    >
      {children}
    </span>
  );
}

/** A title with its gloss as it is when rendered; GlossStore.set updates it after a language switch. */
function RoleView({ spot: s, target, onSelect, children }: SpotProps) {
  const g = useContext(GlossContext).get()(s.role!);
  return (
    <span
      className={target ? 'ref role' : 'role'}
      data-role={s.role}
      data-person={s.person}
      data-award={s.award}
      data-directive={s.directive}
      {...(g ? { tabIndex: 0, 'data-gloss': g, title: g } : {})}
      onClick={target ? () => onSelect(target) : undefined}
    >
      {children}
    </span>
  );
}

/**
 * The references of blocks [from, to). A huge article's are built in two goes: its first screen's
 * before the first paint, the rest when idle (useArticleRefs), since all of them at once took 125-700 ms
 * on a 5 MB article with 26,000 places.
 */
export function buildRefs(
  article: Article,
  onSelect: (s: Selection) => void,
  from = 0,
  to = Infinity,
): Map<number, Ref[]> {
  // One spot per range: a title standing for a person is both a name and a title.
  const spots = new Map<string, Spot>();
  // Places outside the range write to this spot, which is thrown away.
  const outside = { block: -1, start: 0, end: 0 } as Spot;
  const spot = (block: number, start: number, end: number) => {
    if (block < from || block >= to) return outside;
    const key = `${block}:${start}:${end}`;
    let s = spots.get(key);
    if (!s) spots.set(key, (s = { block, start, end }));
    return s;
  };
  for (const person of article.entities.people) {
    for (const m of person.mentions) spot(m.block, m.start, m.end).person = person.id;
    for (const role of person.roles) {
      for (const m of role.mentions) spot(m.block, m.start, m.end).role = role.text;
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
    const View = s.role ? RoleView : SpotView;
    const render = (children: ReactNode, key: string) => (
      <View key={key} spot={s} target={target} onSelect={onSelect}>
        {children}
      </View>
    );
    const list = refs.get(s.block);
    const ref = { start: s.start, end: s.end, render };
    if (list) list.push(ref);
    else refs.set(s.block, [ref]);
  }
  return refs;
}
