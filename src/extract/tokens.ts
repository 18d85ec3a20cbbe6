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

/**
 * A word is a run of letters, marks and digits (`[\p{L}\p{M}\p{N}]+`), joined into one by a single
 * `.`, `'`, `’`, `&` or `-` between two such runs (`NN&PTNT`, `LĐ-TB&XH`, `TP.HCM`). It is capitalised
 * when it opens with a capital (`\p{Lu}`), and an acronym when every character is a capital, a digit
 * or one of `.&-` and two or more are capitals. The tokenizer reads the text once, a character at a
 * time, looking each character's class up in a table filled (from these same Unicode classes) as
 * characters are first met: it runs on every block and every award name, and a scan costs a fraction
 * of a regular expression's matches and match objects.
 */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER_CHAR = /^\p{Lu}$/u;
const DIGIT_CHAR = /^\p{N}$/u;
const JOINERS = ".'’&-";
/** Joiners that an acronym may hold (`LĐ-TB&XH`); an apostrophe makes a word no acronym. */
const ACRONYM_JOINERS = '.&-';

const KNOWN = 1;
const WORD = 2;
const JOINER = 4;
const UPPER = 8;
/** Allowed in an acronym: a capital, a digit or `.&-`. */
const ACRONYM = 16;

/** Classes of the characters of the Basic Multilingual Plane, filled as they are first met. */
const classes = new Uint8Array(0x10000);

function classify(ch: string): number {
  const word = WORD_CHAR.test(ch);
  const upper = UPPER_CHAR.test(ch);
  return (
    KNOWN |
    (word ? WORD : 0) |
    (JOINERS.includes(ch) ? JOINER : 0) |
    (upper ? UPPER : 0) |
    (upper || DIGIT_CHAR.test(ch) || ACRONYM_JOINERS.includes(ch) ? ACRONYM : 0)
  );
}

/** Width in code units of the character last classified by `classAt` (2 for a surrogate pair). */
let width = 1;

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      width = 2;
      return classify(text.slice(i, i + 2));
    }
  }
  width = 1;
  let k = classes[c]!;
  if (k === 0) {
    // A lone surrogate is no character at all: the expressions never match it.
    k = c >= 0xd800 && c <= 0xdfff ? KNOWN : classify(String.fromCharCode(c));
    classes[c] = k;
  }
  return k;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = classAt(text, i);
    if (!(first & WORD)) {
      i += width;
      continue;
    }
    const start = i;
    let capitals = 0;
    let acronymChars = true;
    for (;;) {
      // Letters, marks and digits…
      for (let k = classAt(text, i); i < n && k & WORD; k = i < n ? classAt(text, i) : 0) {
        if (k & UPPER) capitals++;
        if (!(k & ACRONYM)) acronymChars = false;
        i += width;
      }
      // …then a joiner goes on with the word only when a letter, a mark or a digit follows it.
      if (i + 1 >= n) break;
      const joiner = classAt(text, i);
      if (!(joiner & JOINER) || !(classAt(text, i + 1) & WORD)) break;
      if (!(joiner & ACRONYM)) acronymChars = false;
      i++;
    }
    const acronym = i - start > 1 && acronymChars && capitals >= 2;
    tokens.push({
      text: text.slice(start, i),
      start,
      end: i,
      cap: !!(first & UPPER) && !acronym,
      acronym,
    });
  }
  return tokens;
}

/** True when `b` follows `a` with a single space between them. */
export const adjacent = (text: string, a: Token, b: Token) =>
  b.start === a.end + 1 && text[a.end] === ' ';
