// Words with their places. Everything that finds people, titles and cues walks these tokens, so each
// stage is one linear pass.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter and is not an acronym. */
  cap: boolean;
  /** Two or more letters, all capitals (`HCM`, `UBND`). */
  acronym: boolean;
}

/** Words, with inner dots, apostrophes, hyphens and ampersands (`NN&PTNT`, `LĐ-TB&XH`). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.'’&-][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}.&-]+$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const acronym = word.length > 1 && ALL_UPPER.test(word) && TWO_CAPITALS.test(word);
    tokens.push({
      text: word,
      start: m.index,
      end: m.index + word.length,
      cap: UPPER.test(word) && !acronym,
      acronym,
    });
  }
  return tokens;
}

/** True when `b` follows `a` with a single space between them. */
export const adjacent = (text: string, a: Token, b: Token) =>
  b.start === a.end + 1 && text[a.end] === ' ';
