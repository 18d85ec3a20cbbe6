// Awards: kind, name, recipient, count and presenter, glossed in English.
import { useTranslation } from 'react-i18next';
import type { Award, Person } from '@/article/schema';
import type { Selection } from '@/article/selection';
import { ShowMore, useShownCount } from '@/components/ui/show-more';
import { Gloss, Group, isSelected } from './group';

interface AwardProps {
  awards: Award[];
  total: number;
  people: Person[];
  selection: Selection | null;
  onSelect: (s: Selection | null) => void;
  gloss: (vi: string) => string | null;
}

export function AwardList({ awards, total, people, selection, onSelect, gloss }: AwardProps) {
  const { t } = useTranslation();
  const selected =
    selection?.kind === 'award' ? awards.findIndex((a) => a.id === selection.id) : -1;
  const { count, left, more } = useShownCount(awards.length, selected);
  return (
    <Group
      id="group-awards"
      title={t('entities.awards')}
      count={total}
      empty={awards.length === 0}
      filtered={awards.length < total}
    >
      <ul className="items">
        {awards.slice(0, count).map((a) => {
          const presenter = people.find((p) => p.id === a.presenter)?.name;
          return (
            <li key={a.id}>
              <button
                type="button"
                className="item"
                aria-pressed={isSelected(selection, 'award', a.id)}
                data-award={a.id}
                onClick={() =>
                  onSelect(
                    isSelected(selection, 'award', a.id) ? null : { kind: 'award', id: a.id },
                  )
                }
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
                    {gloss(a.recipient) && (
                      <span className="gloss" lang="en">
                        {' — '}
                        {gloss(a.recipient)}
                      </span>
                    )}
                  </span>
                )}
                {a.count != null && (
                  <span className="muted">{t('entities.count', { count: a.count })}</span>
                )}
                {presenter && (
                  <span className="muted">{t('entities.presenter', { name: presenter })}</span>
                )}
                {a.evidence && (
                  <span className="muted evidence">
                    {t('entities.conferredBy', { cue: a.evidence.cue })}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      <ShowMore left={left} onMore={more} />
    </Group>
  );
}
