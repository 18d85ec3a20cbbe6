// Text helpers shared by the title and honour grammars: one normal form for input, a case- and
// tone-placement-insensitive key for matching table entries, and longest-prefix lookup.

/** One spelling for the same term: NFC, single spaces, straight quotes, one kind of dash. */
export function normalize(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[“”„"]/gu, '"')
      .replace(/\s+/gu, ' ')
      // `Lao động – Thương binh`, `Lao động-Thương binh`: a dash between words is one spaced hyphen.
      .replace(/\s*[–—]\s*/gu, ' - ')
      .replace(/(?<=\p{Ll})-(?=\p{Lu})/gu, ' - ')
      .replace(/\s*\.$/u, '')
      .trim()
  );
}

// `hoà`/`hòa`, `uỷ`/`ủy`: two accepted placements of the tone mark at the end of a syllable.
const OLD_PLACEMENT = /([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}])/gu;

/**
 * A key for matching: lower case, with the tone mark of a final `oa`, `oe`, `uy` moved to the first
 * vowel. Its length equals the text's, so an index into the key is an index into the text.
 */
export function fold(text: string): string {
  const moved = text
    .normalize('NFD')
    .replace(OLD_PLACEMENT, (_, v: string, w: string, tone: string) => v + tone + w)
    .normalize('NFC');
  return moved.toLowerCase();
}

export interface Match {
  en: string;
  /** What followed the match, trimmed. */
  rest: string;
}

/** A table of Vietnamese parts and their English, matched longest first, ignoring case. */
export class Table {
  private readonly entries: [string, string][];
  constructor(table: Record<string, string>) {
    this.entries = Object.entries(table)
      .map(([vi, en]): [string, string] => [fold(normalize(vi)), en])
      .sort((a, b) => b[0].length - a[0].length);
  }

  /** Every entry that `text` begins with as whole words, longest first. */
  prefixes(text: string): Match[] {
    const key = fold(text);
    return this.entries
      .filter(([vi]) => key.startsWith(vi) && !/^[\p{L}\p{N}]/u.test(key.slice(vi.length)))
      .map(([vi, en]) => ({ en, rest: text.slice(vi.length).trim() }));
  }

  /** The English of `text` when the whole of it is an entry. */
  exact(text: string): string | null {
    const key = fold(text);
    return this.entries.find(([vi]) => vi === key)?.[1] ?? null;
  }
}

/** `text` begins with `word` (any case) as a whole word: what follows, trimmed; otherwise null. */
export function after(text: string, word: string): string | null {
  const key = fold(text);
  const w = fold(word);
  if (!key.startsWith(w) || /^[\p{L}\p{N}]/u.test(key.slice(w.length))) return null;
  return text.slice(w.length).trim();
}

/** A proper name as Vietnamese writes it: capitalised words (or a number), at most five. */
export function isProperName(text: string): boolean {
  return /^(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'.]*)(?:[ -][\p{Lu}\p{N}][\p{L}\p{M}\p{N}'.]*){0,4}$/u.test(
    text,
  );
}
