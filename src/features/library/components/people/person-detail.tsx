// One person's page: their roles over time, every article that names them (opening the reader with
// them selected), their directives in date order, their awards. Items from articles imported in
// this browser are marked and open from the local library.
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'react-router';
import type { ShownPerson } from '@/collection/people/local';

const isoDay = (date: string) => new Date(`${date}T00:00:00Z`);

export function PersonDetailView({ person: p, filter }: { person: ShownPerson; filter: string }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (date: string | null) =>
    date ? <time dateTime={date}>{format.format(isoDay(date))}</time> : t('library.undated');
  const article = (slug: string, local?: boolean) => (local ? `/mine/${slug}` : `/a/${slug}`);
  const badge = (local?: boolean) =>
    local ? <span className="badge">{t('library.local')}</span> : null;
  const slugs = new Set(p.articles.map((a) => a.slug));
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
        <Link to={`/?person=${encodeURIComponent(filter)}`}>
          {t('people.inLibrary', { count: slugs.size })}
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
            <li key={`${a.local ? 'l' : 'c'}-${a.slug}-${a.personId}`}>
              {badge(a.local)}
              {day(a.date)}:{' '}
              <Link
                to={`${article(a.slug, a.local)}?person=${encodeURIComponent(a.personId)}`}
                lang="vi"
              >
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
              {badge(d.local)}
              <span lang="vi">{d.text}</span>{' '}
              <span className="muted">
                — {day(d.date)}, <Link to={article(d.slug, d.local)}>{d.title}</Link>
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
              {badge(a.local)}
              {t(a.as === 'given' ? 'people.gave' : 'people.received')}{' '}
              <span lang="vi">{a.name}</span>{' '}
              <span className="muted">
                — {day(a.date)}, <Link to={article(a.slug, a.local)}>{a.title}</Link>
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
