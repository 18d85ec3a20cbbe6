// /people/:key: one person across the collection: their roles over time, every article that names
// them (opening the reader with them selected), their directives in date order, their awards.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonDetail } from '@/collection/schema';
import { personQuery } from '../../api/collection-queries';
import { LoadProblem } from '../load-problem';

const isoDay = (date: string) => new Date(`${date}T00:00:00Z`);

export function PersonView({ personKey }: { personKey: string }) {
  const { t, i18n } = useTranslation();
  const person = useQuery(personQuery(personKey));
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (date: string | null) =>
    date ? <time dateTime={date}>{format.format(isoDay(date))}</time> : t('library.undated');
  if (person.error) return <LoadProblem error={person.error} what="person" />;
  if (!person.data) return <p aria-busy="true">{t('people.loading')}</p>;
  const p: PersonDetail = person.data;
  return (
    <>
      <p>
        <Link to="/people">{t('people.back')}</Link>
      </p>
      <h1 lang="vi">{p.name}</h1>
      {p.role && (
        <p className="muted" lang="vi">
          {p.role}
        </p>
      )}
      <p>
        <Link to={`/?person=${encodeURIComponent(p.key)}`}>
          {t('people.inLibrary', { count: p.articles.length })}
        </Link>
      </p>
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t('people.roles')}</h2>
        {p.roles.length === 0 && <p className="muted">{t('people.noRoles')}</p>}
        <ul>
          {p.roles.map((r) => (
            <li key={r.text}>
              <span lang="vi">{r.text}</span> — {day(r.first)}
              {r.last && r.last !== r.first && <> – {day(r.last)}</>}{' '}
              <span className="muted">({t('people.articles', { count: r.articles })})</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="articles-title">
        <h2 id="articles-title">{t('people.articlesTitle')}</h2>
        <ul>
          {p.articles.map((a) => (
            <li key={`${a.slug}-${a.personId}`}>
              {day(a.date)}:{' '}
              <Link to={`/a/${a.slug}?person=${encodeURIComponent(a.personId)}`} lang="vi">
                {a.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="directives-title">
        <h2 id="directives-title">{t('people.directives', { count: p.directives.length })}</h2>
        <ol>
          {p.directives.map((d, i) => (
            <li key={i}>
              <span lang="vi">{d.text}</span>{' '}
              <span className="muted">
                — {day(d.date)}, <Link to={`/a/${d.slug}`}>{d.title}</Link>
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="awards-title">
        <h2 id="awards-title">{t('people.awards', { count: p.awards.length })}</h2>
        <ul>
          {p.awards.map((a, i) => (
            <li key={i}>
              {t(a.as === 'given' ? 'people.gave' : 'people.received')}{' '}
              <span lang="vi">{a.name}</span>{' '}
              <span className="muted">
                — {day(a.date)}, <Link to={`/a/${a.slug}`}>{a.title}</Link>
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
