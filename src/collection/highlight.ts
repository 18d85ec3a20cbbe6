// Where the matched words stand in a text, so results can mark them. Matching is on folded words,
// so "nen" marks "Nên" and "d" marks the start of "đồng" when it matched as a prefix.
import { words } from './fold';

export interface Range {
  start: number;
  end: number;
}

/** Ranges of the words of `text` that are one of `terms` (folded); `prefixes` may match a word's start. */
export function matchRanges(
  text: string,
  terms: readonly string[],
  prefixes: readonly string[] = [],
): Range[] {
  if (terms.length === 0 && prefixes.length === 0) return [];
  const exact = new Set(terms);
  const out: Range[] = [];
  for (const w of words(text)) {
    if (exact.has(w.folded)) out.push({ start: w.start, end: w.end });
    else if (prefixes.some((p) => w.folded.startsWith(p))) out.push({ start: w.start, end: w.end });
  }
  return out;
}
