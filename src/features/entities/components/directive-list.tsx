// Directives grouped by issuer, each sentence with its cue marked and shortened around it when long.
import { useTranslation } from 'react-i18next';
import type { Directive, Person } from '@/article/schema';
import type { Selection } from '@/article/selection';
import { ShowMore, useShownCount } from '@/components/ui/show-more';
import { Group, isSelected } from './group';

interface DirectiveProps {
  directives: Directive[];
  total: number;
  people: Person[];
  selection: Selection | null;
  onSelect: (s: Selection | null) => void;
}

const MAX_SENTENCE = 180;

/** The sentence with its cue marked, shortened around the cue when long. */
function CueSentence({ d }: { d: Directive }) {
  const base = d.cuePlace ? d.cuePlace.start - d.place.start : -1;
  const text = d.text;
  if (base < 0 || base >= text.length)
    return <>{text.length > MAX_SENTENCE ? `${text.slice(0, MAX_SENTENCE)}…` : text}</>;
  const end = base + (d.cuePlace!.end - d.cuePlace!.start);
  const from = text.length > MAX_SENTENCE ? Math.max(0, base - 60) : 0;
  const to =
    text.length > MAX_SENTENCE
      ? Math.min(text.length, Math.max(end + 100, from + MAX_SENTENCE))
      : text.length;
  return (
    <>
      {from > 0 && '…'}
      {text.slice(from, base)}
      <strong className="cue">{text.slice(base, end)}</strong>
      {text.slice(end, to)}
      {to < text.length && '…'}
    </>
  );
}

/** Which cue made the sentence a directive, and whose words it goes on with when named elsewhere. */
function Evidence({ d, people }: { d: Directive; people: Person[] }) {
  const { t } = useTranslation();
  const name = people.find((p) => p.id === d.issuer)?.name;
  const mode = d.evidence?.attribution;
  const carried = name && (mode === 'continuation' || mode === 'pronoun');
  return (
    <span className="muted evidence">
      {t('entities.cueWas', { cue: d.cue })}
      {carried && ` · ${t('entities.continuing', { name })}`}
      {name && mode === 'quotation' && ` · ${t('entities.quoted', { name })}`}
      {name && mode === 'named-after' && ` · ${t('entities.namedAfter', { name })}`}
    </span>
  );
}

export function DirectiveList({ directives, total, people, selection, onSelect }: DirectiveProps) {
  const { t } = useTranslation();
  // Grouped by issuer (in order of first appearance), then only the first items of that order shown.
  const byIssuer = new Map<string | null, Directive[]>();
  for (const d of directives) {
    const list = byIssuer.get(d.issuer);
    if (list) list.push(d);
    else byIssuer.set(d.issuer, [d]);
  }
  const ordered = [...byIssuer.values()].flat();
  const selected =
    selection?.kind === 'directive' ? ordered.findIndex((d) => d.id === selection.id) : -1;
  const { count, left, more } = useShownCount(ordered.length, selected);
  const groups = new Map<string | null, Directive[]>();
  for (const d of ordered.slice(0, count)) {
    const list = groups.get(d.issuer);
    if (list) list.push(d);
    else groups.set(d.issuer, [d]);
  }
  return (
    <Group
      id="group-directives"
      title={t('entities.directives')}
      count={total}
      empty={directives.length === 0}
      filtered={directives.length < total}
    >
      {[...groups].map(([issuer, list]) => (
        <div key={issuer ?? 'none'} className="issuer">
          <h3 className="subgroup" lang={issuer ? 'vi' : undefined}>
            {people.find((p) => p.id === issuer)?.name ?? t('entities.unknownIssuer')}
          </h3>
          <ul className="items">
            {list.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="item directive"
                  aria-pressed={isSelected(selection, 'directive', d.id)}
                  data-directive={d.id}
                  lang="vi"
                  onClick={() =>
                    onSelect(
                      isSelected(selection, 'directive', d.id)
                        ? null
                        : { kind: 'directive', id: d.id },
                    )
                  }
                >
                  <CueSentence d={d} />
                  <Evidence d={d} people={people} />
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <ShowMore left={left} onMore={more} />
    </Group>
  );
}
