import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ArticleSummary } from '@/article/schema';
import '../library.css';

/** Midnight UTC of an ISO date, so the day shown never shifts with the reader's time zone. */
const isoDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** The bundled articles: title, date, lead and counts. */
export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  const { t, i18n } = useTranslation();
  if (articles.length === 0) return <p>{t('library.empty')}</p>;
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <ul className="library-list">
      {articles.map((a) => (
        <li key={a.slug} className="card">
          <h2 lang="vi">
            <Link to={`/a/${a.slug}`}>{a.title}</Link>
          </h2>
          <p className="muted">
            {a.date ? (
              <time dateTime={a.date}>{format.format(isoDay(a.date))}</time>
            ) : (
              t('library.undated')
            )}
            {' · '}
            {t('library.counts', {
              people: t('format.people', { count: a.counts.people }),
              directives: t('format.directives', { count: a.counts.directives }),
              awards: t('format.awards', { count: a.counts.awards }),
            })}
          </p>
          <p className="lead-preview" lang="vi">
            {a.lead}
          </p>
        </li>
      ))}
    </ul>
  );
}
