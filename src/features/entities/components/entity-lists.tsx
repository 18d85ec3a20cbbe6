// The three groups of the sidebar. Items are buttons: selecting one marks its places in the text.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Award, Directive, Person } from '@/article/schema';
import type { Selection } from '@/article/selection';

interface GroupProps {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
  empty: boolean;
  filtered: boolean;
}

function Group({ id, title, count, children, empty, filtered }: GroupProps) {
  const { t } = useTranslation();
  return (
    <section className="group" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count">{count}</span>
      </h2>
      {empty ? (
        <p className="muted">{filtered ? t('entities.noMatch') : t('entities.none')}</p>
      ) : (
        children
      )}
    </section>
  );
}

function Gloss({ vi, gloss }: { vi: string; gloss: string | null }) {
  return (
    <>
      <span lang="vi">{vi}</span>
      {gloss && (
        <span className="gloss" lang="en">
          {' — '}
          {gloss}
        </span>
      )}
    </>
  );
}

const isSelected = (s: Selection | null, kind: Selection['kind'], id: string) =>
  s?.kind === kind && s.id === id;

interface PeopleProps {
  people: Person[];
  total: number;
  selection: Selection | null;
  onSelect: (s: Selection | null) => void;
  gloss: (vi: string) => string | null;
}

export function PeopleList({ people, total, selection, onSelect, gloss }: PeopleProps) {
  const { t } = useTranslation();
  const named = people.filter((p) => !p.credit);
  const credited = people.filter((p) => p.credit);
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
      {credited.length > 0 && (
        <>
          <h3 className="subgroup">{t('entities.credits')}</h3>
          <ul className="items">{credited.map(item)}</ul>
        </>
      )}
    </Group>
  );
}

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

export function DirectiveList({ directives, total, people, selection, onSelect }: DirectiveProps) {
  const { t } = useTranslation();
  const groups = new Map<string | null, Directive[]>();
  for (const d of directives) groups.set(d.issuer, [...(groups.get(d.issuer) ?? []), d]);
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
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Group>
  );
}

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
  return (
    <Group
      id="group-awards"
      title={t('entities.awards')}
      count={total}
      empty={awards.length === 0}
      filtered={awards.length < total}
    >
      <ul className="items">
        {awards.map((a) => {
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
              </button>
            </li>
          );
        })}
      </ul>
    </Group>
  );
}
