// Awards: kind, name, recipient, count and presenter, glossed in English.
import { memo } from 'react';
import type { Award } from '@/article/schema';
import type { Selection } from '@/article/selection';
import { Gloss, Group, idOf, isSelected, type RowContext } from './group';
import { VirtualList } from './virtual-list';

interface AwardProps {
  awards: Award[];
  total: number;
  selection: Selection | null;
  context: RowContext;
}

const AwardRow = memo(function AwardRow({
  award: a,
  selected,
  context,
}: {
  award: Award;
  selected: boolean;
  context: RowContext;
}) {
  const { t, gloss, onSelect, names } = context;
  const presenter = a.presenter ? names.get(a.presenter) : undefined;
  const recipientGloss = a.recipient ? gloss(a.recipient) : null;
  return (
    <button
      type="button"
      className="item"
      aria-pressed={selected}
      data-award={a.id}
      onClick={() => onSelect(selected ? null : { kind: 'award', id: a.id })}
    >
      <span className="tag" lang="vi">
        {a.kind}
      </span>
      <span className="item-title">
        <Gloss vi={a.name} gloss={gloss(a.name)} />
      </span>
      {a.recipient && (
        <span className="role-line">
          {t('entities.recipient', { name: a.recipient })}
          {/* The recipient is usually a body: its gloss too, in English. */}
          {recipientGloss && (
            <span className="gloss" lang="en">
              {' — '}
              {recipientGloss}
            </span>
          )}
        </span>
      )}
      {a.count != null && <span className="muted">{t('entities.count', { count: a.count })}</span>}
      {presenter && <span className="muted">{t('entities.presenter', { name: presenter })}</span>}
      {a.evidence && (
        <span className="muted evidence">{t('entities.conferredBy', { cue: a.evidence.cue })}</span>
      )}
    </button>
  );
});

export function AwardList({ awards, total, selection, context }: AwardProps) {
  const { t } = context;
  return (
    <Group
      id="group-awards"
      title={t('entities.awards')}
      count={total}
      empty={awards.length === 0}
      filtered={awards.length < total}
      t={t}
    >
      <VirtualList
        items={awards}
        keyOf={idOf}
        row={(a) => (
          <AwardRow award={a} selected={isSelected(selection, 'award', a.id)} context={context} />
        )}
        estimate={110}
        keep={selection?.kind === 'award' ? awards.findIndex((a) => a.id === selection.id) : -1}
      />
    </Group>
  );
}
