// Awards, step 2a: the award's name as written, from its kind word on: a quoted name, a name from the
// state's list, capitalised words, a class (`hạng Nhì`), a year, and `của` + the conferring authority.
import { CONFER_VERBS, NAME_STOPS, STATE_AWARD_NAMES } from '../lexicon/awards';
import { BODY_JOINERS, OFFICES } from '../lexicon/titles';
import { tokenize } from '../tokens';

export interface ReadName {
  name: string;
  end: number;
  /** The name says who confers it (`… của Thủ tướng Chính phủ`). */
  authority: boolean;
}

// Lower case without a locale: Vietnamese has no casing rules of its own (Unicode's special casing
// is for Lithuanian, Turkish and Azeri only), and `toLocaleLowerCase('vi')` resolves the locale at each call.
const CLASS = /^ hạng (?:Nhất|Nhì|Ba|nhất|nhì|ba|I{1,3})(?![\p{L}\p{M}])/u;
const QUOTED = /^ ?["“]([^"“”]{1,100})["”]/u;
// Regexes with `\p{…}` outside brackets live at module level: tsx (esbuild) turns such a literal into
// `new RegExp(…)`, rebuilt at every evaluation.
const LOWER_START = /^\p{Ll}/u;
const LOWER_OFFICES = OFFICES.map((o) => o.toLowerCase()).sort((a, b) => b.length - a.length);
/** The length of an office written at the start of `text` (`Chủ tịch nước`), matched in any case. */
function officeAt(text: string): number {
  const head = text.slice(0, 48).toLowerCase();
  const o = LOWER_OFFICES.find(
    (x) => head.startsWith(x) && !/[\p{L}\p{M}]/u.test(head[x.length] ?? ''),
  );
  return o ? o.length : 0;
}
const LOWER_NAMES = STATE_AWARD_NAMES.map((n) => n.toLowerCase());

/** The end of a name from the state's list right after `at`, if one stands there. */
function stateName(text: string, at: number): number | null {
  if (text[at] !== ' ') return null;
  const head = text.slice(at + 1, at + 60).toLowerCase();
  const i = LOWER_NAMES.findIndex(
    (n) => head.startsWith(n) && !/[\p{L}\p{M}]/u.test(head[n.length] ?? ''),
  );
  return i === -1 ? null : at + 1 + LOWER_NAMES[i]!.length;
}

/** Reads the name that opens at `start` with a kind word `kindLength` long. */
export function readName(text: string, start: number, kindLength: number): ReadName {
  let end = start + kindLength;
  const quoted = QUOTED.exec(text.slice(end, end + 110));
  const listed = quoted ? null : stateName(text, end);
  if (quoted) end += quoted[0].length;
  else if (listed !== null) end = listed;
  const cls = CLASS.exec(text.slice(end, end + 12));
  if (cls) end += cls[0].length;
  // Then capitalised words, a year, and the authority; a name is a few words long, so look no
  // further than a window and long inputs stay linear.
  const base = end;
  const tokens = tokenize(text.slice(base, base + 200));
  let local = 0;
  let authority = false;
  let prevCap = false;
  /** The word before was part of the authority's name (a capital, an acronym, an office). */
  let inBody = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gap = text.slice(base + local, base + t.start);
    if (gap !== ' ' && !(gap === ' "' || gap === ' “')) break;
    const next = tokens[i + 1];
    const opensBody = !!next && (next.cap || next.acronym || BODY_JOINERS.has(next.text));
    const office = t.cap ? officeAt(text.slice(base + t.start)) : 0;
    const wasBody = inBody;
    inBody = authority && (t.cap || t.acronym || office > 0);
    if (wasBody && BODY_JOINERS.has(t.text) && !next?.cap && !next?.acronym) {
      // `của Chủ tịch UBND huyện cho …`: the level closes the body's name.
      local = t.end;
      break;
    }
    if (t.text === 'của' && opensBody) {
      authority = true;
      prevCap = false;
    } else if (office > 0) {
      // An office in the authority (`của Chủ tịch nước`) is read whole, lower-case words and all.
      while (i + 1 < tokens.length && tokens[i + 1]!.end <= t.start + office) i++;
      local = t.start + office;
      prevCap = false;
      continue;
    } else if (t.cap || t.acronym || /^\d+$/u.test(t.text)) prevCap = t.cap;
    else if (t.text === 'năm' && next && /^\d{4}$/u.test(next.text)) prevCap = false;
    else if (BODY_JOINERS.has(t.text) && next?.cap) prevCap = false;
    else if (
      prevCap &&
      LOWER_START.test(t.text) &&
      !NAME_STOPS.has(t.text) &&
      !CONFER_VERBS.test(t.text)
    )
      prevCap = false;
    else break;
    local = t.end;
  }
  end = base + local;
  const late = CLASS.exec(text.slice(end, end + 12));
  if (late) end += late[0].length;
  let name = text.slice(start, end);
  if (/[”"]$/u.test(text.slice(start, end + 1)) && !quoted) name = text.slice(start, end + 1);
  // A quotation mark left open at the end belongs to the text after the name.
  name = name.replace(/\s+$/u, '');
  if (/["“]$/u.test(name) && (name.match(/["“”]/gu) ?? []).length % 2 === 1)
    name = name.slice(0, -1);
  return { name: name.trimEnd(), end, authority };
}
