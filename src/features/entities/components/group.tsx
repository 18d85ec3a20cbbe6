// Pieces shared by the three lists: a group with its heading and count, a term with its gloss.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Selection } from '@/article/selection';

interface GroupProps {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
  empty: boolean;
  filtered: boolean;
  t: TFunction;
}

export function Group({ id, title, count, children, empty, filtered, t }: GroupProps) {
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

export function Gloss({ vi, gloss }: { vi: string; gloss: string | null }) {
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

/** A row's key; one function for every list, so that a list's keys stay the same object. */
export const idOf = (item: { id: string }) => item.id;

export const isSelected = (s: Selection | null, kind: Selection['kind'], id: string) =>
  s?.kind === kind && s.id === id;

/**
 * What every row is given: the strings of the current language, the gloss, and a select function
 * that stays the same object, so that a row re-renders only when its own item or its being
 * selected changes (or the language does).
 */
export interface RowContext {
  t: TFunction;
  gloss: (vi: string) => string | null;
  onSelect: (s: Selection | null) => void;
  /** A person's name by id. */
  names: Map<string, string>;
}
