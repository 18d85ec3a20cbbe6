import { memo, useMemo } from 'react';
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

/** The words every card shows, in the language the list renders. */
export interface CardLabels {
  language: string;
  local: string;
  undated: string;
  counts: (counts: Entry['counts']) => string;
}

/**
 * The cards' words from i18next once per language for the whole list, not five calls and a hook in
 * each card: a new query renders ten cards, and that was a good part of their time. The counts line
 * is kept by its numbers, few of which differ across a collection.
 */
export function useCardLabels(): CardLabels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const said = new Map<string, string>();
    return {
      language,
      local: t('library.local'),
      undated: t('library.undated'),
      counts: ({ people, directives, awards }) => {
        const key = `${people}/${directives}/${awards}`;
        let text = said.get(key);
        if (text === undefined) {
          text = t('library.counts', {
            people: t('format.people', { count: people }),
            directives: t('format.directives', { count: directives }),
            awards: t('format.awards', { count: awards }),
          });
          said.set(key, text);
        }
        return text;
      },
    };
  }, [t, language]);
}

/**
 * One article in the library: title, date, source, counts and lead, with matched words marked.
 * Memoised: a card whose entry and marks are unchanged (more results shown, the URL catching up)
 * is not rendered again.
 */
export const EntryCard = memo(function EntryCard({
  entry,
  labels,
  highlight,
}: {
  entry: Entry;
  labels: CardLabels;
  highlight?: Highlight;
}) {
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
        {entry.local && <span className="badge">{labels.local}</span>}
        {entry.date ? (
          <time dateTime={entry.date}>{longDate(entry.date, labels.language)}</time>
        ) : (
          labels.undated
        )}
        {entry.source && ` · ${entry.source}`}
        {' · '}
        {labels.counts(entry.counts)}
      </p>
      <p className="lead-preview" lang="vi">
        <HighlightedText text={entry.lead} marks={marks(entry.lead)} />
      </p>
    </li>
  );
});
