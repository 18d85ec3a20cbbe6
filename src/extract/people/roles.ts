// Titles in the text: an office word (`Bí thư`) and the body it belongs to (`Thành ủy TP HCM`).
import { COUNTRIES } from '../lexicon/names';
import {
  BODY_HEADS,
  BODY_JOINERS,
  OFFICES,
  OFFICE_REFERENCES,
  TITLE_STOPS,
} from '../lexicon/titles';
import type { Token } from '../tokens';
import { firstFrom } from './references';

export interface RoleHit {
  start: number;
  end: number;
  text: string;
  /** The office word that opens it, e.g. `Bí thư`. */
  office: string;
  /** A phrase that refers to an office's holder without being a title (`Lãnh đạo Chính phủ`). */
  reference?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const OFFICE_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...new Set([...OFFICES, ...Object.keys(OFFICE_REFERENCES)])]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

/**
 * Finds titles. A title runs from its office word over the body's name: capitalised words and
 * acronyms, a lowercase syllable right after a capitalised one (`Tư pháp`, `Thành ủy`), and
 * administrative levels (`tỉnh`, `huyện`) before a capitalised word. It stops where a name begins.
 */
export { startsWithAny };

export function findRoles(text: string, tokens: Token[], nameStarts: Set<number>): RoleHit[] {
  const hits: RoleHit[] = [];
  for (const m of text.matchAll(OFFICE_RE)) {
    const officeEnd = m.index + m[0].length;
    if (nameStarts.has(m.index)) continue;
    let end = officeEnd;
    // The token after the office.
    let i = firstFrom(tokens, officeEnd);
    let prevCap = false;
    // The body must open with a body word, a country, an acronym or an administrative level;
    // any other capitalised word after an office is a name (`Đồng Giám đốc Gustavo Belforte`).
    const first = tokens[i];
    const opensBody =
      !!first &&
      text.slice(officeEnd, first.start) === ' ' &&
      (first.acronym ||
        BODY_JOINERS.has(first.text) ||
        startsWithAny(text, first.start, BODY_HEADS) ||
        startsWithAny(text, first.start, COUNTRY_LIST));
    while (opensBody && i < tokens.length) {
      const t = tokens[i]!;
      if (text.slice(end, t.start) !== ' ' || nameStarts.has(t.start)) break;
      // A country ends a foreign title: what follows is the holder's name.
      if (
        end > officeEnd &&
        COUNTRIES.has(tokens[i - 1]!.text) &&
        t.cap &&
        !startsWithAny(text, t.start, BODY_HEADS)
      )
        break;
      const next = tokens[i + 1];
      const joiner2 = next ? `${t.text} ${next.text}` : '';
      if (t.cap || t.acronym) {
        prevCap = t.cap;
        end = t.end;
        i++;
      } else if (BODY_JOINERS.has(joiner2) && tokens[i + 2]?.cap) {
        end = next!.end;
        i += 2;
        prevCap = false;
      } else if (BODY_JOINERS.has(t.text) && (next?.cap || next?.acronym)) {
        end = t.end;
        i++;
        prevCap = false;
      } else if (
        prevCap &&
        /^\p{Ll}/u.test(t.text) &&
        !TITLE_STOPS.has(t.text) &&
        !COUNTRIES.has(tokens[i - 1]!.text)
      ) {
        // Second syllable of a capitalised word in a body's name: `Tư pháp`, `Thành ủy`.
        end = t.end;
        i++;
        prevCap = false;
      } else break;
    }
    const reference = OFFICE_REFERENCES[m[0]];
    if (reference)
      hits.push({ start: m.index, end: officeEnd, text: m[0], office: reference, reference: true });
    else hits.push({ start: m.index, end, text: text.slice(m.index, end), office: m[0] });
  }
  return hits;
}

const COUNTRY_LIST = [...COUNTRIES];

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) {
    if (text.startsWith(w, at) && !/[\p{L}\p{M}]/u.test(text[at + w.length] ?? '')) return true;
  }
  return false;
}
