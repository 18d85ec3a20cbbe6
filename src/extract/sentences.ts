// A sentence splitter that knows Vietnamese news writing. A sentence ends at `.`, `?`, `!` or `…` (with
// any closing quotes) followed by space and a capitalised word or an opening quote; it does not end at
// abbreviations (`TP.`, `PGS.`), initials (`T.H`), dates (`18/1`) or numbers (`1.000`, `2,5`).
import { ABBREVIATIONS } from './lexicon/abbreviations';

export interface Span {
  start: number;
  end: number;
}

const TERMINAL = new Set(['.', '?', '!', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', '»', ']']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '«', '[']);
const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{M}\p{N}.]/u;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

/** The word (letters, digits and inner dots) that ends just before `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && LETTER.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // An initial: one capital letter, perhaps after other initials (`T.H.`).
  const last = word.split('.').pop() ?? '';
  return last.length === 1 && isUpper(last);
}

/** Splits `text` into sentence spans, trimmed of surrounding whitespace. Linear in the text's length. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  const terminal = /[.?!…]/gu;
  let i = 0;
  while (i < n) {
    // Jump from one terminal mark to the next rather than visiting every character.
    terminal.lastIndex = i;
    const found = terminal.exec(text);
    if (!found) break;
    i = found.index;
    const ch = text[i]!;
    let j = i + 1;
    while (j < n && (TERMINAL.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    const next = k < n && OPENERS.has(text[k]!) ? text[k + 1] : text[k];
    const boundary =
      k > j &&
      k < n &&
      isUpper(next) &&
      !(ch === '.' && j === i + 1 && endsWithAbbreviation(text, i));
    if (boundary) {
      pushTrimmed(text, start, j, spans);
      start = k;
    }
    i = j;
  }
  pushTrimmed(text, start, n, spans);
  return spans;
}

const SPACE = new Set([' ', '\t', '\n', '\u00a0']);

function pushTrimmed(text: string, start: number, end: number, spans: Span[]) {
  while (start < end && SPACE.has(text[start]!)) start++;
  while (end > start && SPACE.has(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
