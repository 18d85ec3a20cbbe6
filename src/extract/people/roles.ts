// Titles in the text: an office word (`Bí thư`) and the body it belongs to (`Thành ủy TP HCM`).
import { COUNTRIES } from '../lexicon/names';
import {
  BODY_HEADS,
  BODY_JOINERS,
  BODY_WORDS,
  OFFICE_REFERENCES,
  TITLE_STOPS,
} from '../lexicon/titles';
import type { Token } from '../tokens';
import { CANONICAL, findOffices, OFFICE_AT } from './offices';
import { firstFrom } from './references';

export interface RoleHit {
  start: number;
  end: number;
  text: string;
  /** The office word that opens it, e.g. `Bí thư`. */
  office: string;
  /** A phrase that refers to an office's holder without being a title (`Lãnh đạo Chính phủ`). */
  reference?: boolean;
  /** Written in lower case (`đại tá`): a title only beside a name. */
  loose?: boolean;
}

// Lower case without a locale: Vietnamese has no casing rules of its own (Unicode's special casing
// is for Lithuanian, Turkish and Azeri only), and `toLocaleLowerCase('vi')` resolves the locale at each call.
const lower = (s: string) => s.toLowerCase();
/** `nguyên` (former) and `cố` (late) belong to the title they open (`nguyên Bí thư Tỉnh ủy`). */
const FORMER_BEFORE = /(?:^|[\s(,])((?:nguyên|Nguyên|cố|Cố)\s)$/u;
// Regexes with `\p{…}` outside brackets live at module level: tsx (esbuild) turns such a literal into
// `new RegExp(…)`, rebuilt at every evaluation.
const LOWER_START = /^\p{Ll}/u;
const UNIT_NUMBER = /^\p{N}{1,3}\p{Lu}?$/u;
/** `18/1`, `2.5`: a date or a number, not a unit's. */
const NUMBER_GOES_ON = /^[/:.,]\p{N}/u;

/**
 * Finds titles. A title runs from its office word over the body's name: capitalised words and
 * acronyms, a lowercase syllable right after a capitalised one (`Tư pháp`, `Thành ủy`), and
 * administrative levels (`tỉnh`, `huyện`) before a capitalised word. It stops where a name begins.
 */
export function findRoles(text: string, tokens: Token[], nameStarts: Set<number>): RoleHit[] {
  const hits: RoleHit[] = [];
  for (const { index, text: office } of findOffices(text, tokens)) {
    const officeEnd = index + office.length;
    if (nameStarts.has(index)) continue;
    // An office inside the body of the title before it is part of that title (`Ủy viên Ban Bí thư`).
    if (index < (hits.at(-1)?.end ?? 0)) continue;
    const canonical = CANONICAL.get(lower(office)) ?? office;
    const loose = LOWER_START.test(office);
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
        // A committee's head takes its name straight after `Ban` (`Trưởng Ban Tuyên giáo`).
        (first.cap && /\sban$/iu.test(office)) ||
        BODY_JOINERS.has(first.text) ||
        bodyWordAt(text, first.start) > 0 ||
        bodyHeadAt(text, first.start) ||
        countryAt(text, first.start));
    while (opensBody && i < tokens.length) {
      const t = tokens[i]!;
      if (nameStarts.has(t.start)) break;
      // After a level (`UBND tỉnh`) comes a place's name, so an office there opens the next title.
      if (
        t.cap &&
        end > officeEnd &&
        BODY_JOINERS.has(tokens[i - 1]!.text) &&
        OFFICE_AT.test(text.slice(t.start, t.start + 40))
      )
        break;
      // `Bộ Lao động - Thương binh …`: a spaced dash inside one body's name, not before another title.
      const dash = /^ [-–] $/u.test(text.slice(end, t.start));
      if (dash && t.cap && end > officeEnd && !OFFICE_AT.test(text.slice(t.start, t.start + 40))) {
        end = t.end;
        prevCap = true;
        i++;
        continue;
      }
      if (text.slice(end, t.start) !== ' ') break;
      // A country ends a foreign title: what follows is the holder's name.
      if (
        end > officeEnd &&
        COUNTRIES.has(tokens[i - 1]!.text) &&
        t.cap &&
        !bodyHeadAt(text, t.start)
      )
        break;
      // `nhân dân`, `Hậu cần`: a body's noun of several syllables, taken whole.
      const word = bodyWordAt(text, t.start);
      if (word) {
        end = t.start + word;
        while (i < tokens.length && tokens[i]!.start < end) i++;
        prevCap = false;
        continue;
      }
      const next = tokens[i + 1];
      const joiner2 = next ? `${t.text} ${next.text}` : '';
      // `Thương binh và Xã hội`: `và` between capitalised parts of one body's name, unless another
      // office follows (`Bí thư Tỉnh ủy và Chủ tịch …`).
      const linked =
        t.text === 'và' &&
        next?.cap &&
        !nameStarts.has(next.start) &&
        !OFFICE_AT.test(text.slice(next.start, next.start + 40));
      if (linked && end > officeEnd) {
        end = next.end;
        i += 2;
        prevCap = true;
      } else if (
        UNIT_NUMBER.test(t.text) &&
        end === tokens[i - 1]!.end &&
        (tokens[i - 1]!.cap || tokens[i - 1]!.acronym || tokens[i - 2]?.cap) &&
        !NUMBER_GOES_ON.test(text.slice(t.end, t.end + 2))
      ) {
        // A unit's number after its capitalised name: `Quân khu 2`, `Sư đoàn 304`, `Quận 1`.
        prevCap = false;
        end = t.end;
        i++;
      } else if (t.cap || t.acronym) {
        prevCap = t.cap;
        end = t.end;
        i++;
      } else if (BODY_JOINERS.has(joiner2) && tokens[i + 2]?.cap) {
        end = next!.end;
        i += 2;
        prevCap = false;
      } else if (
        BODY_JOINERS.has(t.text) &&
        (next?.cap ||
          next?.acronym ||
          /^[,.;)]|^$/u.test(text.slice(t.end, t.end + 1)) ||
          (next && TITLE_STOPS.has(next.text)))
      ) {
        // A level before a name (`UBND tỉnh Nghệ An`) or closing the title (`Chủ tịch UBND xã,`,
        // `Chủ tịch UBND tỉnh dự lễ`).
        end = t.end;
        i++;
        prevCap = false;
      } else if (
        prevCap &&
        LOWER_START.test(t.text) &&
        !TITLE_STOPS.has(t.text) &&
        !COUNTRIES.has(tokens[i - 1]!.text)
      ) {
        // Second syllable of a capitalised word in a body's name: `Tư pháp`, `Thành ủy`.
        end = t.end;
        i++;
        prevCap = false;
      } else break;
    }
    const reference = OFFICE_REFERENCES[canonical];
    if (reference) {
      hits.push({ start: index, end: officeEnd, text: office, office: reference, reference: true });
      continue;
    }
    const former = FORMER_BEFORE.exec(text.slice(Math.max(0, index - 8), index));
    const start = former ? index - former[1]!.length : index;
    hits.push({
      start,
      end,
      text: text.slice(start, end),
      office: canonical,
      ...(loose ? { loose } : {}),
    });
  }
  return hits;
}

const NOT_LETTER_AFTER = /^[^\p{L}\p{M}]?$/u;

/** Lower-case body nouns by their first letter: a lookup tries the few that could start there. */
const BODY_WORDS_BY_FIRST = byFirst(BODY_WORDS);

/** The length of the body noun (`BODY_WORDS`) that starts at `at`, in any case; 0 if none does. */
function bodyWordAt(text: string, at: number): number {
  const ahead = lower(text.slice(at, at + 24));
  for (const w of BODY_WORDS_BY_FIRST.get(ahead[0]!) ?? []) {
    if (ahead.startsWith(w) && NOT_LETTER_AFTER.test(ahead[w.length] ?? '')) return w.length;
  }
  return 0;
}

function byFirst(words: Iterable<string>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) map.set(w[0]!, [...(map.get(w[0]!) ?? []), w]);
  return map;
}

/**
 * A test for whether one of `words` is written at a place, as a whole word (in the case given): the
 * words are grouped by their first character, so a test tries only those that start with the one there.
 */
function wordsStartingAt(words: Iterable<string>): (text: string, at: number) => boolean {
  const groups = byFirst(words);
  return (text, at) => {
    for (const w of groups.get(text[at]!) ?? []) {
      if (text.startsWith(w, at) && NOT_LETTER_AFTER.test(text[at + w.length] ?? '')) return true;
    }
    return false;
  };
}

/** A body's head word (`Bộ`, `Thành ủy`) at a place. */
export const bodyHeadAt = wordsStartingAt(BODY_HEADS);
const countryAt = wordsStartingAt(COUNTRIES);
