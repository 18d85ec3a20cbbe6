// One person in a list: their name (a link to their page), commonest role and counts.
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'react-router';
import type { PersonSummary } from '@/collection/schema';

export function PersonCard({
  person: p,
  href,
  local,
}: {
  person: PersonSummary;
  href: string;
  /** Named in articles imported here: counts are of those articles. */
  local?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h2 lang="vi">
        <Link to={href}>{p.name}</Link>
      </h2>
      <p className="muted">
        {local && <span className="badge">{t('library.local')}</span>}
        {p.role && (
          <span lang="vi">
            {p.role}
            {' · '}
          </span>
        )}
        {t('people.counts', {
          articles: t('people.articles', { count: p.articles }),
          directives: t('format.directives', { count: p.directives }),
          awards: t('format.awards', { count: p.awards }),
        })}
      </p>
    </li>
  );
}
