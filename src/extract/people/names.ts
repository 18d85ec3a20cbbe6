// Finding names: runs of capitalised syllables that open with a family name, or that follow an honorific
// or a title; minus places and bodies named after people.
import {
  COUNTRIES,
  HO_CHI_MINH,
  HO_CHI_MINH_PERSON_CUES,
  ADMIN_WORDS,
  CAPITAL_HONORIFICS,
  GIVEN_NAME_COUNTRIES,
  HONORIFICS,
  NOT_PEOPLE,
  PLACE_NAMES,
  PLACE_WORDS,
  SENTENCE_OPENERS,
  SURNAMES,
} from '../lexicon/names';
import { OFFICES } from '../lexicon/titles';
import { adjacent, tokenize, type Token } from '../tokens';
import { firstFrom } from './references';

// Lower case without a locale: Vietnamese has no casing rules of its own (Unicode's special casing
// is for Lithuanian, Turkish and Azeri only), and `toLocaleLowerCase('vi')` resolves the locale at each call.
/**
 * Offices in lower case, by their first syllable: a title is recognised however it is capitalised
 * (`Phó trưởng ban`), and a lookup costs one map access for the word at hand.
 */
const OFFICES_BY_FIRST = new Map<string, string[]>();
for (const o of OFFICES) {
  const lower = o.toLowerCase();
  const first = lower.split(' ')[0]!;
  OFFICES_BY_FIRST.set(first, [...(OFFICES_BY_FIRST.get(first) ?? []), lower]);
}
/**
 * Place words of two syllables or more (`Học viện`), by the token they open with: a run is tested
 * against the few that share its first word, not against the whole list.
 */
const PLACE_PHRASES = new Map<string, string[]>();
for (const w of PLACE_WORDS) {
  const first = tokenize(w)[0];
  if (!w.includes(' ') || first?.start !== 0) continue;
  PLACE_PHRASES.set(first.text, [...(PLACE_PHRASES.get(first.text) ?? []), w]);
}
const NOT_PEOPLE_LOWER = NOT_PEOPLE.map((p) => p.toLowerCase());
const opensOffice = (text: string, at: number) => {
  let end = at;
  while (end < text.length && /[\p{L}\p{M}]/u.test(text[end]!)) end++;
  const candidates = OFFICES_BY_FIRST.get(text.slice(at, end).toLowerCase());
  if (!candidates) return false;
  const head = text.slice(at, at + 48).toLowerCase();
  return candidates.some((o) => head.startsWith(o) && !/[\p{L}\p{M}]/u.test(head[o.length] ?? ''));
};

export interface NameHit {
  start: number;
  end: number;
  /** The name as written. */
  name: string;
  /** One syllable after an honorific (`ông Lưu`): refers back to a full name found elsewhere. */
  short: boolean;
}

const MAX_NAME = 4;
/** An academic prefix right before a name (`PGS. Tạ Hải Tùng`, `GS.TS Nguyễn Văn A`) introduces it. */
const ACADEMIC_BEFORE = /(?:^|[\s(,])(?:GS|PGS|TS|ThS|TSKH|BS|KS)(?:\.(?:TS|ThS|BS))?\.?\s$/u;

/** Runs of capitalised tokens separated by single spaces. */
function capRuns(text: string, tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      tokens[j]!.cap &&
      adjacent(text, tokens[j - 1]!, tokens[j]!) &&
      !SENTENCE_OPENERS.has(tokens[j]!.text)
    )
      j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** The one or two words before token `i` (`Thành phố`, `đường`), as written. */
function wordsBefore(text: string, tokens: Token[], i: number): string[] {
  const out: string[] = [];
  const a = tokens[i - 1];
  const b = tokens[i - 2];
  const c = tokens[i - 3];
  if (a && adjacentOrDot(text, a, tokens[i]!)) {
    out.push(a.text);
    if (b && adjacent(text, b, a)) {
      out.push(`${b.text} ${a.text}`);
      if (c && adjacent(text, c, b)) out.push(`${c.text} ${b.text} ${a.text}`);
    }
  }
  return out;
}

const adjacentOrDot = (text: string, a: Token, b: Token) =>
  adjacent(text, a, b) || (text.slice(a.end, b.start) === '. ' && a.text === 'TP');

const join = (tokens: Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');

function isPlaceContext(before: string[]): boolean {
  // `thành phố Cần Thơ Trần Văn A`: the level (`thành phố`) decides, not its last syllable (`phố`).
  if (before.some((w) => ADMIN_WORDS.has(w))) return false;
  // `trường TH-THCS Nguyễn Du`: a place word, then the level of the school as an acronym.
  const [last, two] = before;
  const head = () => two?.split(' ')[0] ?? '';
  const afterAcronym =
    !!last && /^[\p{Lu}-]{2,}$/u.test(last) && PLACE_WORDS.has(head()) && !ADMIN_WORDS.has(head());
  return afterAcronym || before.some((w) => PLACE_WORDS.has(w));
}

const isAdminContext = (before: string[]) => before.some((w) => ADMIN_WORDS.has(w));

function hasHonorific(before: string[]): boolean {
  return before.some((w) => HONORIFICS.has(w));
}

function personAfterPlace(tokens: Token[], start: number, to: number): NameHit | null {
  for (let p = start + 2; p <= to - 2; p++) {
    if (!SURNAMES.has(tokens[p]!.text) || to - p > MAX_NAME) continue;
    const name = tokens
      .slice(p, to)
      .map((t) => t.text)
      .join(' ');
    if (PLACE_NAMES.has(name) || /\d/u.test(name)) return null;
    return { start: tokens[p]!.start, end: tokens[to - 1]!.end, name, short: false };
  }
  return null;
}

/** `một nam sinh tên Đạt`, `cậu bé tên là Nam`: someone introduced by the word for a name. */
const NAMED_AS =
  /(?:^|[\s,])(?:sinh|bé|em|cháu|anh|chị|ông|bà|người|niên|nữ|đối tượng)\s+tên(?:\s+là)?\s$/u;

/** `tên` (or `tên là`) right before `at`, after a word for a person: tested by its last word first. */
function namedAs(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return (before.endsWith('tên ') || before.endsWith('tên là ')) && NAMED_AS.test(before);
}

/** A plural group right before a word: `các bác sĩ`, `những chuyên gia`, `nhiều kỹ sư`. */
const GROUP_BEFORE =
  /(?:^|\s)(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ột số)\s+[\p{Ll}\p{M}]+(?:\s[\p{Ll}\p{M}]+)?\s$/u;

/** Finds the names in one block's text that need no title to be recognised. */
export function findNames(text: string, tokens: Token[]): NameHit[] {
  const hits: NameHit[] = [];
  let lastIntroduced = null as NameHit | null;
  for (const [from, to] of capRuns(text, tokens)) {
    let start = from;
    // A capitalised honorific opening a sentence (`Ông Lê Văn A`) is not part of the name.
    let honorific = false;
    if (CAPITAL_HONORIFICS.has(tokens[start]!.text) && to - start >= 2) {
      start++;
      honorific = true;
    }
    const before = wordsBefore(text, tokens, from);
    // The run with 8 characters either side: lower-case syllables may follow the run inside a fixed
    // name (`Đoàn Thanh niên`).
    const around = text
      .slice(Math.max(0, tokens[from]!.start - 8), tokens[to - 1]!.end + 8)
      .toLowerCase();
    if (NOT_PEOPLE_LOWER.some((p) => around.includes(p))) continue;
    const runText = join(tokens, start, to);
    if (runText.includes(HO_CHI_MINH)) {
      const at = text.indexOf(HO_CHI_MINH, tokens[start]!.start);
      const lead = text.slice(Math.max(0, at - 14), at).trimEnd();
      if (HO_CHI_MINH_PERSON_CUES.some((cue) => lead.endsWith(cue))) {
        hits.push({ start: at, end: at + HO_CHI_MINH.length, name: HO_CHI_MINH, short: false });
      }
      continue;
    }
    if (isPlaceContext(before)) {
      // `Trường THCS Chu Văn An Nguyễn Thị Hằng`: the place takes the run's first syllables (two at
      // least); a family name after them opens the name of the person who heads it.
      const person = personAfterPlace(tokens, start, to);
      if (person) hits.push(person);
      continue;
    }
    // A place word as the run's first word (`Trường`, `Bệnh viện`) makes the run a place too.
    if (PLACE_WORDS.has(tokens[start]!.text) && !SURNAMES.has(tokens[start]!.text)) continue;
    // … or a place word of two syllables opening at the run (`Học viện`, `Bệnh viện`).
    const phrases = PLACE_PHRASES.get(tokens[start]!.text);
    if (phrases?.some((w) => text.startsWith(w, tokens[start]!.start))) continue;
    honorific ||=
      hasHonorific(before) ||
      namedAs(text, tokens[from]!.start) ||
      ACADEMIC_BEFORE.test(text.slice(Math.max(0, tokens[from]!.start - 12), tokens[from]!.start));
    // `chị X và Y`: a name joined to one introduced by an honorific is a name too.
    const joined: boolean =
      lastIntroduced !== null &&
      /^(?: và |, )$/u.test(text.slice(lastIntroduced.end, tokens[from]!.start));
    // A place written before the name (`tỉnh Lâm Đồng Trần Văn Hiệp`) is not part of it.
    while (
      to - start > 2 &&
      (PLACE_NAMES.has(join(tokens, start, start + 2)) || COUNTRIES.has(tokens[start]!.text))
    ) {
      start += PLACE_NAMES.has(join(tokens, start, start + 2)) ? 2 : 1;
    }
    let s = -1;
    if ((honorific || joined) && to - start <= MAX_NAME && !opensOffice(text, tokens[start]!.start))
      s = start;
    else {
      // A family name inside the run starts the name (`Thừa Thiên Huế Lê Trường Lưu`).
      for (let p = start; p < to; p++) {
        const len = to - p;
        if (
          SURNAMES.has(tokens[p]!.text) &&
          len >= 2 &&
          len <= MAX_NAME &&
          !opensOffice(text, tokens[p]!.start)
        ) {
          s = p;
          break;
        }
      }
    }
    if (s === -1) continue;
    // Names are written in letters: `Covid-19` is not one.
    if (tokens.slice(s, to).some((t) => /\d/u.test(t.text))) continue;
    // After `tỉnh`/`xã`: two syllables are a place; a full name of three or more is a person.
    if (s === from && isAdminContext(before) && to - s < 3) continue;
    const name = join(tokens, s, to);
    if (PLACE_NAMES.has(name) || PLACE_NAMES.has(join(tokens, s, Math.min(to, s + 2)))) continue;
    // `Các bác sĩ Nhật`: after a group of people a country is their nationality, not a name.
    const group = GROUP_BEFORE.test(
      text.slice(Math.max(0, tokens[s]!.start - 24), tokens[s]!.start),
    );
    if (COUNTRIES.has(name) && (group || !(honorific && GIVEN_NAME_COUNTRIES.has(name)))) continue;
    const hit = { start: tokens[s]!.start, end: tokens[to - 1]!.end, name, short: to - s === 1 };
    hits.push(hit);
    lastIntroduced = honorific || joined ? hit : null;
  }
  return hits;
}

/** Names written right after a title (`Đại sứ Italia Antonio Alessandro`), found once titles are known. */
export function namesAfterTitles(
  text: string,
  tokens: Token[],
  titleEnds: number[],
  taken: Set<number>,
): NameHit[] {
  const hits: NameHit[] = [];
  for (const end of titleEnds) {
    // The token that starts right after the title's space, found by binary search (tokens are sorted).
    const from = firstFrom(tokens, end + 1);
    if (tokens[from]?.start !== end + 1 || text[end] !== ' ' || taken.has(end + 1)) continue;
    if (!tokens[from].cap) continue;
    let to = from + 1;
    while (to < tokens.length && tokens[to]!.cap && adjacent(text, tokens[to - 1]!, tokens[to]!))
      to++;
    // One capitalised word after a title is more often a body's (`Ban Chỉ đạo`) than a name.
    if (to - from > MAX_NAME || to - from < 2) continue;
    const name = join(tokens, from, to);
    if (
      PLACE_NAMES.has(name) ||
      PLACE_NAMES.has(join(tokens, from, from + 2)) ||
      COUNTRIES.has(name)
    )
      continue;
    if (opensOffice(text, tokens[from]!.start) || /\d/u.test(name)) continue;
    // `Liên Chi hội Nhà báo Ngành Tài chính`: a body's name goes on after the title, not a person's.
    if (PLACE_WORDS.has(tokens[from]!.text)) continue;
    hits.push({
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      name,
      short: to - from === 1,
    });
  }
  return hits;
}
