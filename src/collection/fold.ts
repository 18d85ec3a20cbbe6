// Text as Vietnamese readers type it in a search box: lower case, without tone marks or the
// circumflex/breve/horn, and đ written d. "Nguyễn Văn Nên" and "nguyen van nen" fold alike.

const MARKS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Folds one string: NFD, combining marks removed, đ → d, lower case. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

export interface Word {
  /** The word as folded. */
  folded: string;
  /** Where it stands in the original string: [start, end). */
  start: number;
  end: number;
}

/** The words of `text` with their places in it, each folded on its own so ranges stay true. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ folded: fold(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The folded words of `text`, for indexing and for queries. */
export const foldedWords = (text: string): string[] => words(text).map((w) => w.folded);

/** A readable, URL-safe key from any text: folded words joined by hyphens. */
export function keyOf(text: string, maxLength = 80): string {
  const key = foldedWords(text).join('-').slice(0, maxLength).replace(/-+$/, '');
  return key || 'x';
}
