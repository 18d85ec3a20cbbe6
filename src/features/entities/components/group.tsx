// Pieces shared by the three lists: a group with its heading and count, a term with its gloss.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Selection } from '@/article/selection';

interface GroupProps {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
  empty: boolean;
  filtered: boolean;
}

export function Group({ id, title, count, children, empty, filtered }: GroupProps) {
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

export const isSelected = (s: Selection | null, kind: Selection['kind'], id: string) =>
  s?.kind === kind && s.id === id;
