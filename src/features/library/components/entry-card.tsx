import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HighlightedText } from '@/components/ui/highlighted-text';
import { matchRanges } from '@/collection/highlight';
import type { Entry } from '@/collection/schema';

/** Midnight UTC of an ISO date, so the day shown never shifts with the reader's time zone. */
const isoDay = (date: string) => new Date(`${date}T00:00:00Z`);

// One formatter per language: making one costs more than the rest of a card, and a search shows many.
const formats = new Map<string, Intl.DateTimeFormat>();
function longDate(language: string): Intl.DateTimeFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(language, format);
  }
  return format;
}

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
  const format = longDate(i18n.language);
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
          <time dateTime={entry.date}>{format.format(isoDay(entry.date))}</time>
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
