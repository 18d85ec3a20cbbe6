// What the reader has selected in the sidebar, and where it stands in the text. Shared by the sidebar
// (which lists the items) and the article (which marks their places); the app wires the two.
import type { Article, Place } from './schema';

export const SELECTION_KINDS = ['person', 'directive', 'award'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

export interface Selection {
  kind: SelectionKind;
  id: string;
}

/** The places of the selected item in reading order, or none when it does not exist. */
export function placesOf(article: Article, selection: Selection | null): Place[] {
  if (!selection) return [];
  const { people, directives, awards } = article.entities;
  let places: Place[] = [];
  if (selection.kind === 'person')
    places = people.find((p) => p.id === selection.id)?.mentions ?? [];
  else if (selection.kind === 'directive') {
    const d = directives.find((x) => x.id === selection.id);
    // A directive whose issuer was named in another sentence brings that sentence along.
    places = d ? [d.place, ...(d.evidence?.from ? [d.evidence.from] : [])] : [];
  } else places = awards.find((a) => a.id === selection.id)?.mentions ?? [];
  return [...places].sort((a, b) => a.block - b.block || a.start - b.start);
}

/** Reads a selection from URL search parameters (`?person=<id>`). */
export function selectionFromParams(params: URLSearchParams): Selection | null {
  for (const kind of SELECTION_KINDS) {
    const id = params.get(kind);
    if (id) return { kind, id };
  }
  return null;
}

/** Minutes to read the article at about 200 words a minute, at least one. */
export function readingMinutes(article: Article): number {
  let words = 0;
  for (const block of article.blocks) words += countWords(block.text);
  return Math.max(1, Math.round(words / 200));
}

/**
 * The characters JavaScript's `\s` matches, by code: tested without a regular expression, which for
 * every letter with a diacritic (most Vietnamese syllables have one) cost a call and a string, 50-90 ms
 * before the first screen of an article of 200,000 short lines.
 */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Words as runs of non-space characters, counted in one pass (a split would copy a 10 MB text). */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
