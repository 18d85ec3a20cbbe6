// Directives: who speaks in a sentence. Its own words (`X yêu cầu`, `Theo X,`, a quotation closed by
// `X nói`, a document of X's), or a pronoun subject (`Ông đề nghị …`) that refers back to the person
// named last.
import { ADVERBS, BODY_SUBJECT, PRAISE_VERBS, STRONG_VERBS, WEAK_VERBS } from '../lexicon/cues';
import type { Reference } from '../people';
import { within } from '../people/references';
import type { Span } from '../sentences';
import { pastApposition } from './apposition';
import { wordsAt } from './cues';
import { WINDOWS } from './windows';

/** `document`: the speaker issued an instruction in writing (`X vừa có công văn`, `kết luận của X`). */
export type Kind = 'strong' | 'weak' | 'praise' | 'document';
export interface Attribution {
  issuer: string | null;
  kind: Kind;
  verb: string;
  /** Where the reported content begins within the block's text. */
  from: number;
  cueAt: number | null;
}

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const VERBS: [string, Kind][] = [
  ...byLength(PRAISE_VERBS).map((v): [string, Kind] => [v, 'praise']),
  ...byLength(STRONG_VERBS).map((v): [string, Kind] => [v, 'strong']),
  ...byLength(WEAK_VERBS).map((v): [string, Kind] => [v, 'weak']),
];
/** An instruction issued in writing: `vừa có công văn`, `đã ban hành chỉ thị`. */
const DOCUMENT_AFTER =
  /^\s*(?:(?:vừa|đã|mới)\s+)?(?:có|ban hành|gửi|ký)\s+(?:văn bản|công văn|công điện|chỉ thị|thông báo|quyết định|kết luận)/u;
/** `kết luận của X`, `chỉ đạo của X`: the instruction is X's. */
const DOCUMENT_OF =
  /(?:chỉ đạo|kết luận|chỉ thị|công điện|công văn|yêu cầu) của\s*(?:đồng chí\s*)?$/u;
const HONORIFIC_BEFORE = /(?:^|\s)(?:đồng chí|ông|bà|Đồng chí|Ông|Bà)\s*$/u;

const adverbAt = wordsAt(ADVERBS);
const verbAt = wordsAt(VERBS.map(([verb]) => verb));

function skipAdverbs(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (text[i] === ' ' || text[i] === ',') i++;
    const adverb = adverbAt(text, i);
    if (adverb === -1) return i;
    i += ADVERBS[adverb]!.length;
  }
}

/** The speech verb right after a reference, if any. */
export function verbAfter(
  text: string,
  at: number,
  end: number,
): { verb: string; kind: Kind; at: number } | null {
  const i = skipAdverbs(text, at);
  if (i >= end) return null;
  // `Trưởng Ban chỉ đạo …`: after `Ban` the word is the committee's name, not its verb.
  if (/(?:^|\s)[Bb]an\s+$/u.test(text.slice(Math.max(0, i - 5), i))) return null;
  const k = verbAt(text, i);
  if (k === -1) return null;
  const [verb, kind] = VERBS[k]!;
  return { verb, kind, at: i };
}

/** A word of the subject noun phrase: letters only, no punctuation before it; a conjunction or a
 * preposition (`Thủ tướng và Ban chỉ đạo`, `Bộ trưởng tại buổi làm việc`) ends the subject. */
const SUBJECT_WORD =
  /^\s+(?!(?:và|với|cùng|hoặc|của|tại|ở|cho|về|khi|là)(?![\p{L}\p{M}]))[\p{L}\p{M}&]+/u;

/**
 * The speech verb after a title, past the rest of its office's name (`Phó Chủ tịch UBND thành phố đề
 * nghị`, `Bộ trưởng Y tế lưu ý`): a title written alone is often shortened, so its reference may end
 * before the subject does. Only a few words, and never across punctuation.
 */
function verbAfterTitle(text: string, r: Reference, end: number) {
  const glossAt = (i: number) => i + (GLOSS.exec(text.slice(i, end))?.[0].length ?? 0);
  let at = glossAt(r.end);
  for (let words = 0; words <= WINDOWS.subjectTail; words++) {
    const v = verbAfter(text, at, end);
    if (v || r.office === undefined) return v;
    const word = SUBJECT_WORD.exec(text.slice(at, end));
    if (word) at = glossAt(at + word[0].length) - word[0].length;
    if (!word) return null;
    at += word[0].length;
  }
  return null;
}

/**
 * A second predicate of the same subject: `X nêu bài học …, đồng thời đề nghị …`. The subject opens the
 * sentence (or follows its opening phrase), and no one else is named before the verb.
 */
const SERIAL = new RegExp(
  `(?:,\\s*|\\s)(?:đồng thời|và|rồi|sau đó)\\s+(?:(?:cũng|đã|còn)\\s+)?(${byLength(STRONG_VERBS).join('|')})(?![\\p{L}\\p{M}])`,
  'u',
);

function serialVerb(text: string, r: Reference, end: number, inside: Reference[]) {
  const m = SERIAL.exec(text.slice(r.end, end));
  if (!m) return null;
  const at = r.end + m.index + m[0].length - m[1]!.length;
  if (inside.some((x) => x.start >= r.end && x.start < at && x.person !== r.person)) return null;
  return { verb: m[1]!, kind: 'strong' as const, at };
}

/** Between `Theo` and the name: an honorific or an academic prefix (`Theo PGS.TS X, …`). */
const THEO_GAP =
  /^\s*(?:đồng chí|ông|bà)?\s*(?:(?:GS|PGS|TS|ThS|TSKH|BS)(?:\.(?:TS|ThS|BS))?\.?\s*)?$/u;
/** A gloss in brackets after a name or a title: `X (áo xanh) yêu cầu`, `Cục trưởng … (Bộ Y tế) đề nghị`. */
const GLOSS = /^\s*\([^()]{1,40}\)/u;

/** The first of `places` where `read` finds something. */
function firstOf<T>(places: number[], read: (at: number) => T | null): T | null {
  for (const at of places) {
    const found = read(at);
    if (found) return found;
  }
  return null;
}

/** Who a sentence reports, from the references inside it. */
export function attribute(
  text: string,
  start: number,
  end: number,
  refs: Reference[],
): Attribution | null {
  const inside = within(refs, start, end);
  // `Theo X, ...`
  const theo = /^Theo\s/u.exec(text.slice(start, end));
  if (theo) {
    const r = inside.find((x) => THEO_GAP.test(text.slice(start + 4, x.start)));
    if (r) {
      const comma = text.indexOf(',', r.end);
      return {
        issuer: r.person,
        kind: 'weak',
        verb: 'Theo',
        from: comma > 0 && comma < end ? comma + 1 : r.end,
        cueAt: null,
      };
    }
  }
  for (const r of inside) {
    const opens = /^(?:[^,]{0,80},\s*)?(?:(?:đồng chí|ông|bà|Đồng chí|Ông|Bà)\s+)?$/u.test(
      text.slice(start, r.start),
    );
    // `X - Cục trưởng Cục Y - đề nghị`: the predicate may begin past a title set between dashes.
    const past = pastApposition(text, r.end, end, inside, r.person);
    const v =
      verbAfterTitle(text, r, end) ??
      (opens ? serialVerb(text, r, end, inside) : null) ??
      firstOf(past, (at) => verbAfter(text, at, end));
    if (!v) {
      const doc = firstOf([r.end, ...past], (at) => {
        const m = DOCUMENT_AFTER.exec(text.slice(at, Math.min(end, at + WINDOWS.documentAfter)));
        return m ? { words: m[0], to: at + m[0].length } : null;
      });
      if (
        doc ||
        DOCUMENT_OF.test(text.slice(Math.max(start, r.start - WINDOWS.documentOf), r.start))
      ) {
        return {
          issuer: r.person,
          kind: 'document',
          verb: doc?.words.trim() ?? 'của',
          from: doc?.to ?? r.end,
          cueAt: null,
        };
      }
      continue;
    }
    // A quotation closed by the attribution: the content is what stands before it.
    const closing = /["”]\s*[,–-]?\s*$/u.test(
      text.slice(start, r.start).replace(HONORIFIC_BEFORE, ''),
    );
    return {
      issuer: r.person,
      kind: v.kind,
      verb: v.verb,
      from: closing ? start : v.at + v.verb.length,
      cueAt: v.at,
    };
  }
  return null;
}

/**
 * `Ông`, `Bà`, `Đồng chí` opening a sentence without a name refer back to the person named last; a
 * connective may come first (`Nhưng ông vẫn …`, `Ngoài ra, bà cũng …`).
 */
const PRONOUN =
  /^(?:(?:Nhưng|Song|Tuy nhiên|Ngoài ra|Bên cạnh đó|Đồng thời|Sau đó|Tiếp đó|Mặt khác|Cuối cùng),?\s+(?:ông|bà|đồng chí)|Ông|Bà|Đồng chí)(?:\s+ấy)?\s/u;

const BARE_CONNECTIVE = /^(?:Đồng thời|Sau đó|Tiếp đó|Ngoài ra|Bên cạnh đó|Cuối cùng),?\s+/u;

export function pronounSubject(
  text: string,
  s: Span,
  lastNamed: string | null,
): Attribution | null {
  if (lastNamed === null) return null;
  const m = PRONOUN.exec(text.slice(s.start, s.end));
  // `Đồng thời khuyến khích …`: no subject at all, the verb of instruction goes on from the sentence before.
  const bare = m ? null : BARE_CONNECTIVE.exec(text.slice(s.start, s.end));
  if (!m && !bare) return null;
  const v = verbAfter(text, s.start + (m ?? bare)![0].length, s.end);
  if (!v || (bare && v.kind !== 'strong')) return null;
  return { issuer: lastNamed, kind: v.kind, verb: v.verb, from: v.at + v.verb.length, cueAt: v.at };
}

/** A body as the subject of an instruction: a directive with no person as its issuer. */
export function bodySubject(text: string, s: Span): Attribution | null {
  const m = BODY_SUBJECT.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const at = s.start + m[0].length - m[1]!.length;
  return { issuer: null, kind: 'strong', verb: m[1]!, from: at + m[1]!.length, cueAt: at };
}
