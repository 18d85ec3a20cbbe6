// Office words in a text (`Bí thư`, `phó chủ tịch`), matched whole and in any case, longest first.
import { OFFICES, OFFICE_REFERENCES } from '../lexicon/titles';
import type { Token } from '../tokens';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Lower case without a locale: Vietnamese has no casing rules of its own (Unicode's special casing
// is for Lithuanian, Turkish and Azeri only), and `toLocaleLowerCase('vi')` resolves the locale at each call.
const lower = (s: string) => s.toLowerCase();

/** Each office by its lower-case form, so a title written in any case maps to one office. */
export const CANONICAL = new Map(
  [...OFFICES, ...Object.keys(OFFICE_REFERENCES)].map((o) => [lower(o), o] as const),
);
const ALTERNATIVES = [...CANONICAL.values()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
/** The definition: an office, longest first, neither inside nor followed by a word. */
const OFFICE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${ALTERNATIVES})(?![\\p{L}\\p{M}])`, 'iuy');
/** An office word at the start of a string. */
export const OFFICE_AT = new RegExp(`^(?:${ALTERNATIVES})(?![\\p{L}\\p{M}])`, 'iu');

/**
 * Offices are whole words, so a match begins a run of letters (`[\p{L}\p{M}]+`, no letter before it)
 * that is, in any case, the first word of some office (`phó`, `bí`, `chủ`). Such runs lie inside the
 * tokens, at the same places in every token written the same way; so which places of a token can open
 * an office is worked out once per distinct word (with the same case-insensitive matching), and the
 * definition is tried only there. A search over the whole text costs much more: it tries 120 offices,
 * case-folded, at every word.
 */
const FIRST_WORD = new RegExp(
  `^(?:${[...new Set([...CANONICAL.values()].map((o) => o.split(' ')[0]!))].map(escape).join('|')})$`,
  'iu',
);
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const NONE: number[] = [];
const openings = new Map<string, number[]>();

/** Where, inside a token written `word`, a run of letters begins that may open an office. */
function openingsOf(word: string): number[] {
  let found = openings.get(word);
  if (found === undefined) {
    // Bounded: a long-lived worker reading many articles keeps no more than a vocabulary's worth.
    if (openings.size > 20_000) openings.clear();
    found = [...word.matchAll(LETTER_RUN)].filter((m) => FIRST_WORD.test(m[0])).map((m) => m.index);
    openings.set(word, found.length ? found : NONE);
  }
  return found;
}

/**
 * The offices in `text` (whose tokens are `tokens`), in order: what `text.matchAll` with the
 * definition above, made global, would give.
 */
export function findOffices(text: string, tokens: Token[]): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  /** A search resumes where its last match ended. */
  let from = 0;
  for (const t of tokens) {
    for (const offset of openingsOf(t.text)) {
      const at = t.start + offset;
      if (at < from) continue;
      OFFICE.lastIndex = at;
      const m = OFFICE.exec(text);
      if (!m) continue;
      found.push({ index: at, text: m[0] });
      from = at + m[0].length;
    }
  }
  return found;
}
