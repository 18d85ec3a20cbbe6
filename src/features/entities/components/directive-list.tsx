// Directives grouped by issuer, each sentence with its cue marked and shortened around it when long.
import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import type { Directive } from '@/article/schema';
import type { Selection } from '@/article/selection';
import { Group, idOf, isSelected, type RowContext } from './group';
import { VirtualList } from './virtual-list';

interface DirectiveProps {
  directives: Directive[];
  total: number;
  selection: Selection | null;
  context: RowContext;
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
function Evidence({ d, name, t }: { d: Directive; name: string | undefined; t: TFunction }) {
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

const DirectiveRow = memo(function DirectiveRow({
  d,
  selected,
  context,
}: {
  d: Directive;
  selected: boolean;
  context: RowContext;
}) {
  const { t, onSelect, names } = context;
  return (
    <button
      type="button"
      className="item directive"
      aria-pressed={selected}
      data-directive={d.id}
      lang="vi"
      onClick={() => onSelect(selected ? null : { kind: 'directive', id: d.id })}
    >
      <CueSentence d={d} />
      <Evidence d={d} name={d.issuer ? names.get(d.issuer) : undefined} t={t} />
    </button>
  );
});

export function DirectiveList({ directives, total, selection, context }: DirectiveProps) {
  const { t, names } = context;
  // Grouped by issuer, in order of first appearance.
  const groups = useMemo(() => {
    const byIssuer = new Map<string | null, Directive[]>();
    for (const d of directives) {
      const list = byIssuer.get(d.issuer);
      if (list) list.push(d);
      else byIssuer.set(d.issuer, [d]);
    }
    return [...byIssuer];
  }, [directives]);
  const selectedId = selection?.kind === 'directive' ? selection.id : null;
  return (
    <Group
      id="group-directives"
      title={t('entities.directives')}
      count={total}
      empty={directives.length === 0}
      filtered={directives.length < total}
      t={t}
    >
      {groups.map(([issuer, list]) => (
        <div key={issuer ?? 'none'} className="issuer">
          <h3 className="subgroup" lang={issuer ? 'vi' : undefined}>
            {(issuer && names.get(issuer)) ?? t('entities.unknownIssuer')}
          </h3>
          <VirtualList
            items={list}
            keyOf={idOf}
            row={(d) => (
              <DirectiveRow
                d={d}
                selected={isSelected(selection, 'directive', d.id)}
                context={context}
              />
            )}
            estimate={120}
            keep={selectedId ? list.findIndex((d) => d.id === selectedId) : -1}
          />
        </div>
      ))}
    </Group>
  );
}
