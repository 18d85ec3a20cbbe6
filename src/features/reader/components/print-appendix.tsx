import { memo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { Article } from '@/article/schema';

/** Printed after the article: the people, directives and awards, as plain lists. */
function Appendix({ article }: { article: Article }) {
  const { t } = useTranslation();
  const { people, directives, awards } = article.entities;
  const nameOf = (id: string | null | undefined) => people.find((p) => p.id === id)?.name ?? null;
  const credit = (kind: 'author' | 'photo') =>
    kind === 'author' ? t('entities.author') : t('entities.photographer');
  return (
    <section className="print-appendix" aria-hidden="true">
      <h2>{t('entities.appendix')}</h2>
      <h3>{t('entities.people')}</h3>
      <ul>
        {people.map((p) => (
          <li key={p.id}>
            {[p.name, ...p.roles.map((r) => r.text), p.credit && credit(p.credit)]
              .filter(Boolean)
              .join(', ')}
            {' ('}
            {t('entities.mentions', { count: p.mentions.length })}
            {')'}
          </li>
        ))}
      </ul>
      <h3>{t('entities.directives')}</h3>
      <ol>
        {directives.map((d) => (
          <li key={d.id}>
            {nameOf(d.issuer) ?? t('entities.unknownIssuer')}
            {': '}
            {d.text}
          </li>
        ))}
      </ol>
      <h3>{t('entities.awards')}</h3>
      <ul>
        {awards.map((a) => {
          const presenter = nameOf(a.presenter);
          return (
            <li key={a.id}>
              {[
                `${a.kind}: ${a.name}`,
                a.recipient && t('entities.recipient', { name: a.recipient }),
                a.count != null && t('entities.count', { count: a.count }),
                presenter && t('entities.presenter', { name: presenter }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export const PrintAppendix = memo(Appendix);
