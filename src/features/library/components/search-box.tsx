// The library's search: an <input type="search"> with a visible label. Typing updates the URL
// (replacing the entry, so Back is not a keystroke history); Enter commits it as a new entry.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';

const DELAY_MS = 250;

export function SearchBox({
  query,
  onQuery,
  onFocus,
}: {
  query: string;
  onQuery: (q: string, commit: boolean) => void;
  /** The reader is about to search. */
  onFocus?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(query);
  // The URL changed from elsewhere (Back, a shared link): show its query.
  useEffect(() => setText(query), [query]);
  useEffect(() => {
    if (text === query) return;
    const timer = setTimeout(() => onQuery(text, false), DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, query, onQuery]);
  return (
    <form
      role="search"
      className="library-search"
      onSubmit={(e) => {
        e.preventDefault();
        onQuery(text, true);
      }}
    >
      <label htmlFor={id}>{t('library.searchLabel')}</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onFocus={onFocus}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
      />
      <span id={`${id}-hint`} className="muted hint">
        {t('library.searchHint')}
      </span>
    </form>
  );
}
