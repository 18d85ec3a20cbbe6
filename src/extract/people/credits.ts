// Credits: the people a block credits (a figure's photographer, a line that credits the writer or the
// photographer, the byline), and credits written inside a paragraph, as scraped pages and captions run
// them into the text: each form says where the name ends, so none of them has to guess it from the
// next sentence. And names written as initials, which the same dotted form gives away.
import type { Block } from '../../article/schema';
import { AGENCIES, AUTHOR_LABEL, INSTITUTION_CREDIT } from '../lexicon/names';
import type { Span } from '../sentences';
import { bylineNames } from '../structure';

export interface InlineCredit {
  name: string;
  /** Where the name stands in the paragraph. */
  at: number;
  credit: 'author' | 'photo';
}

/** `… Ảnh: Phương Hoa/TTXVN Chủ tịch …`: the photographer, then the agency after the slash. */
const SLASHED =
  /(?:^|[\s.])Ảnh:\s*(\p{Lu}[\p{L}\p{M}.]*(?:\s\p{Lu}[\p{L}\p{M}.]*){0,3})\s*\/\s*\p{Lu}{2,}/gu;
/** `… khai mạc hội nghị (Ảnh: Minh Quân).`: the brackets close the name (an agency may follow a slash). */
const BRACKETED = /\([Ảả]nh\s*:\s*(\p{Lu}[^()/]{0,38}?)\s*(?:\/[^()]*)?\)/gu;
/** `… Ảnh: HOÀNG LAN Hiến máu …`: a name in capitals ends where a word in lower case begins. */
const CAPITALS =
  /(?:^|[\s.])Ảnh:\s*([\p{Lu}\p{M}]+(?:\s[\p{Lu}\p{M}]+){1,3})(?=\s+\p{Lu}[\p{Ll}\p{M}]|\s*$)/gu;
/**
 * A digest's item signed with initials (`… tăng 4,15%. H.A CĐ các KCN tỉnh …`, `… T.Hoàng LĐLĐ
 * tỉnh …`): initials with their dots between a sentence's end and the next item's first word, or
 * closing the paragraph, or after another's initials (`T.E.A B.C.Đ`). Initials are no word of the language, so they cannot be a sentence's start.
 */
const INITIALS =
  /(?<=[.…!?]\s|\p{Lu}(?:\.\p{Lu}){1,3}\s)(\p{Lu}(?:\.\p{Lu}){1,3}|\p{Lu}\.\p{Lu}[\p{Ll}\p{M}]+)(?=\s+\p{Lu}|\s*$)/gu;

/**
 * What each form cannot do without, tested first: a paragraph without it is not searched with the
 * form's expression (whose lookbehinds cost a test at every character).
 */
const INITIAL_DOT = /\p{Lu}\.\p{Lu}/u;
const FORMS = [
  [SLASHED, 'photo', (text: string) => text.includes('Ảnh:')],
  [BRACKETED, 'photo', (text: string) => text.includes('(Ảnh') || text.includes('(ảnh')],
  [CAPITALS, 'photo', (text: string) => text.includes('Ảnh:')],
  [INITIALS, 'author', (text: string) => INITIAL_DOT.test(text)],
] as const;

function inlineCredits(text: string): InlineCredit[] {
  const found: InlineCredit[] = [];
  for (const [re, credit, possible] of FORMS) {
    if (!possible(text)) continue;
    for (const m of text.matchAll(re)) {
      const name = m[1]!.trim();
      found.push({ name, at: m.index + m[0].indexOf(name), credit });
    }
  }
  return found;
}

/**
 * A person the article names by initials only, as crime and accident reports do (`ông L.Q.D.`,
 * `chị N.T.H`): the initials after an honorific, with their closing dot when written.
 */
const INITIALS_AFTER_HONORIFIC =
  /(?<=(?:^|[\s(])(?:ông|bà|anh|chị|em|cháu|cụ|Ông|Bà|Anh|Chị|Em|Cháu|Cụ)\s)\p{Lu}(?:\.\p{Lu}){1,3}\.?(?![\p{L}\p{M}])/gu;

export function initialledNames(text: string): { name: string; at: number }[] {
  if (!INITIAL_DOT.test(text)) return [];
  return [...text.matchAll(INITIALS_AFTER_HONORIFIC)].map((m) => ({ name: m[0], at: m.index }));
}

const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;

function isPersonCredit(name: string): boolean {
  if (
    !name ||
    name.length > 40 ||
    AGENCIES.has(name) ||
    /^Theo\b/u.test(name) ||
    INSTITUTION_CREDIT.test(name)
  )
    return false;
  // Initials count (`T.H`); an all-capital word (`HLU`) is an institution.
  if (ACRONYM.test(name)) return false;
  return UPPER_START.test(name);
}

/** The names in a credit's span: `Trí Dũng/TTXVN` is the photographer before the agency; `Đức Dũng -
 * Minh Thu (TTXVN)` two writers. */
function namesIn(text: string, span: Span, credit: InlineCredit['credit']): InlineCredit[] {
  const line = text.slice(span.start, span.end);
  return bylineNames(credit === 'photo' ? line.split('/')[0]! : line).map((name) => ({
    name,
    at: text.indexOf(name, span.start),
    credit,
  }));
}

/** The people a block credits, each with where the name stands in the block's text. */
export function blockCredits(block: Block): InlineCredit[] {
  let found: InlineCredit[] = [];
  if (block.type === 'figure' && block.credit) found = namesIn(block.text, block.credit, 'photo');
  else if (block.type === 'credit') found = namesIn(block.text, block.names, block.credit);
  else if (block.type === 'byline') {
    const label = AUTHOR_LABEL.exec(block.text)?.[0].length ?? 0;
    found = namesIn(block.text, { start: label, end: block.text.length }, 'author');
  } else if (block.type === 'paragraph') found = inlineCredits(block.text);
  return found.filter((c) => isPersonCredit(c.name));
}
