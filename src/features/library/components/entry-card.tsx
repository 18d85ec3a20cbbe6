import { memo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'react-router';
import { HighlightedText } from '@/components/ui/highlighted-text';
import { matchRanges } from '@/collection/highlight';
import type { Entry } from '@/collection/schema';
import { longDate } from '@/i18n/long-date';

export interface Highlight {
  terms: string[];
  prefixes: string[];
}

/**
 * One article in the library: title, date, source, counts and lead, with matched words marked.
 * Memoised: a card whose entry and marks are unchanged (more results shown, the URL catching up)
 * is not rendered again.
 */
export const EntryCard = memo(function EntryCard({
  entry,
  highlight,
}: {
  entry: Entry;
  highlight?: Highlight;
}) {
  const { t, i18n } = useTranslation();
  const marks = (text: string) =>
    highlight ? matchRanges(text, highlight.terms, highlight.prefixes) : [];
  return (
    <li className="card">
      <h2 lang="vi">
        <Link to={entry.local ? `/mine/${entry.slug}` : `/a/${entry.slug}`}>
          <HighlightedText text={entry.title} marks={marks(entry.title)} />
        </Link>
      </h2>
      <p className="muted">
        {entry.local && <span className="badge">{t('library.local')}</span>}
        {entry.date ? (
          <time dateTime={entry.date}>{longDate(entry.date, i18n.language)}</time>
        ) : (
          t('library.undated')
        )}
        {entry.source && ` · ${entry.source}`}
        {' · '}
        {t('library.counts', {
          people: t('format.people', { count: entry.counts.people }),
          directives: t('format.directives', { count: entry.counts.directives }),
          awards: t('format.awards', { count: entry.counts.awards }),
        })}
      </p>
      <p className="lead-preview" lang="vi">
        <HighlightedText text={entry.lead} marks={marks(entry.lead)} />
      </p>
    </li>
  );
});
