// The reading time of the article's header. Counting the words of a huge article (4 million characters
// in 200,000 short lines: 25-45 ms) is left until the browser is idle after the first screen; the header
// shows the time from then on.
import { useEffect, useState } from 'react';
import type { Article } from '@/article/schema';
import { readingMinutes } from '@/article/selection';
import { adoptingPrerenderedHtml } from '@/components/ui/adopting';
import { whenIdle } from '@/components/ui/when-idle';

/** Up to this many characters, the words are counted at once (a millisecond or two). */
const FEW_CHARS = 300_000;

function isShort(article: Article): boolean {
  let chars = 0;
  for (const block of article.blocks) if ((chars += block.text.length) > FEW_CHARS) return false;
  return true;
}

/** Minutes to read `article`, or null while a huge article's words are still to be counted. */
export function useReadingMinutes(article: Article): number | null {
  const [counted, setCounted] = useState(() =>
    // A pre-rendered page shows the time already, and hydration must find it.
    adoptingPrerenderedHtml() || isShort(article)
      ? { article, minutes: readingMinutes(article) }
      : { article, minutes: null as number | null },
  );
  const known = counted.article === article && counted.minutes !== null;
  useEffect(() => {
    if (known) return;
    return whenIdle(() => setCounted({ article, minutes: readingMinutes(article) }));
  }, [known, article]);
  return counted.article === article ? counted.minutes : null;
}
