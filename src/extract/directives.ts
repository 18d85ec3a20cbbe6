// Directives: sentences in which a named official instructs, requests or stresses what must be done.
// A sentence is attributed to a speaker (`X yêu cầu`, `Theo X,`, a quotation closed by `X nói`) or
// continues the reported speech of the paragraphs before it; it is a directive when it carries a cue.
import type { Block, Directive, Place } from '../article/schema';
import {
  ADDRESSEE,
  ADDRESSING_VERBS,
  ADVERBS,
  ANNOUNCEMENT,
  CONNECTIVES,
  IMPERATIVE_OPENERS,
  MODALS,
  NOT_DIRECTIVE_OPENERS,
  NOT_OBLIGATION,
  PRAISE_VERBS,
  REPORT_MARKERS,
  STRONG_VERBS,
  TASK_STATEMENT,
  TASK_VERBS,
  WEAK_VERBS,
} from './lexicon/cues';
import type { Reference } from './people';
import { within } from './people/references';
import type { Span } from './sentences';
import { readingText } from './structure';

/** `document`: the speaker issued an instruction in writing (`X vừa có công văn`, `kết luận của X`). */
type Kind = 'strong' | 'weak' | 'praise' | 'document';
interface Attribution {
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
const NOT_LETTER = /[^\p{L}\p{M}]/u;
/** An instruction issued in writing: `vừa có công văn`, `đã ban hành chỉ thị`. */
const DOCUMENT_AFTER =
  /^\s*(?:(?:vừa|đã|mới)\s+)?(?:có|ban hành|gửi|ký)\s+(?:văn bản|công văn|công điện|chỉ thị|thông báo|quyết định|kết luận)/u;
/** `kết luận của X`, `chỉ đạo của X`: the instruction is X's. */
const DOCUMENT_OF =
  /(?:chỉ đạo|kết luận|chỉ thị|công điện|công văn|yêu cầu) của\s*(?:đồng chí\s*)?$/u;
const HONORIFIC_BEFORE = /(?:^|\s)(?:đồng chí|ông|bà|Đồng chí|Ông|Bà)\s*$/u;

/** `word` stands at `at` in `text` as a whole word (case-insensitive for a capitalised opener). */
function wordAt(text: string, at: number, word: string): boolean {
  const slice = text.slice(at, at + word.length);
  if (slice !== word && slice.toLowerCase() !== word) return false;
  const after = text[at + word.length];
  return after === undefined || NOT_LETTER.test(after);
}

function skipAdverbs(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (text[i] === ' ' || text[i] === ',') i++;
    const adverb = ADVERBS.find((a) => wordAt(text, i, a));
    if (!adverb) return i;
    i += adverb.length;
  }
}

/** The speech verb right after a reference, if any. */
function verbAfter(
  text: string,
  at: number,
  end: number,
): { verb: string; kind: Kind; at: number } | null {
  const i = skipAdverbs(text, at);
  if (i >= end) return null;
  for (const [verb, kind] of VERBS) if (wordAt(text, i, verb)) return { verb, kind, at: i };
  return null;
}

/**
 * A cue word used as something else: part of a name (`Cần Giờ`, `Ban Chỉ đạo`: a capital after it, or
 * a committee word before it) or, for a modal, an idiom, a condition or a circumstance.
 */
function notACue(text: string, at: number, word: string, modal: boolean): boolean {
  const after = text.slice(at + word.length, at + word.length + 20);
  if (/^ \p{Lu}\p{Ll}/u.test(after)) return true;
  const before = text.slice(Math.max(0, at - 12), at);
  if (/(?:^|\s)(?:Ban|ban)\s$/u.test(before)) return true;
  if (at > 0 && /^\p{Lu}/u.test(word) && !/[.:"“]\s*$/u.test(before)) return true;
  if (!modal) return false;
  const previous = (before.trimEnd().split(/\s+/u).pop() ?? '').replace(/^[^\p{L}]+/u, '');
  return NOT_OBLIGATION.some((re) => re.test(word + after) || re.test(`${previous} ${word}`));
}

function findWord(
  text: string,
  words: string[],
  from: number,
  to: number,
  modal = false,
): { word: string; at: number } | null {
  const lower = text.slice(from, to).toLowerCase();
  let best: { word: string; at: number } | null = null;
  for (const w of words) {
    let i = lower.indexOf(w);
    while (i !== -1) {
      const before = lower[i - 1];
      const after = lower[i + w.length];
      if (
        (before === undefined || NOT_LETTER.test(before)) &&
        (after === undefined || NOT_LETTER.test(after)) &&
        !notACue(text, from + i, text.slice(from + i, from + i + w.length), modal)
      ) {
        if (!best || i < best.at)
          best = { word: text.slice(from + i, from + i + w.length), at: from + i };
        break;
      }
      i = lower.indexOf(w, i + 1);
    }
  }
  return best;
}

/** Who a sentence reports, from the references inside it. */
function attribute(
  text: string,
  start: number,
  end: number,
  refs: Reference[],
): Attribution | null {
  const inside = within(refs, start, end);
  // `Theo X, ...`
  const theo = /^Theo\s/u.exec(text.slice(start, end));
  if (theo) {
    const r = inside.find((x) =>
      /^\s*(?:đồng chí|ông|bà)?\s*$/u.test(text.slice(start + 4, x.start)),
    );
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
    const v = verbAfter(text, r.end, end);
    if (!v) {
      const doc = DOCUMENT_AFTER.exec(text.slice(r.end, Math.min(end, r.end + 80)));
      if (doc || DOCUMENT_OF.test(text.slice(Math.max(start, r.start - 40), r.start))) {
        return {
          issuer: r.person,
          kind: 'document',
          verb: doc?.[0].trim() ?? 'của',
          from: r.end + (doc?.[0].length ?? 0),
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

/** `Ông`, `Bà`, `Đồng chí` opening a sentence without a name refer back to the person named last. */
const PRONOUN = /^(?:Ông|Bà|Đồng chí|Ông ấy|Bà ấy)\s/u;

function pronounSubject(text: string, s: Span, lastNamed: string | null): Attribution | null {
  const m = PRONOUN.exec(text.slice(s.start, s.end));
  if (!m || lastNamed === null) return null;
  const v = verbAfter(text, s.start + m[0].length, s.end);
  if (!v) return null;
  return { issuer: lastNamed, kind: v.kind, verb: v.verb, from: v.at + v.verb.length, cueAt: v.at };
}

interface Cue {
  cue: string;
  at: number | null;
}

/** The cue that makes reported content an instruction, if any. */
function cueIn(text: string, from: number, end: number, taskVerbs: boolean): Cue | null {
  let content = text.slice(from, end).replace(/^[\s,:"“]+/u, '');
  for (let m = CONNECTIVES.exec(content); m && m[0]; m = CONNECTIVES.exec(content))
    content = content.slice(m[0].length);
  const head = content.toLowerCase();
  // An opener followed by a capitalised word is the start of a name (`Cần Giờ`, `Phát triển Nông thôn`).
  const opener = IMPERATIVE_OPENERS.find(
    (o) =>
      head.startsWith(o.toLowerCase()) &&
      NOT_LETTER.test(content[o.length] ?? ' ') &&
      !/^ \p{Lu}\p{Ll}/u.test(content.slice(o.length, o.length + 3)),
  );
  const offset = text.indexOf(content, from);
  if (opener) return { cue: content.slice(0, opener.length), at: offset };
  if (TASK_STATEMENT.test(content))
    return { cue: content.split(' ').slice(0, 5).join(' '), at: offset };
  const modal = findWord(text, MODALS, from, end, true);
  if (modal) return { cue: modal.word, at: modal.at };
  if (taskVerbs) {
    // In reported instructions a body given a task is instructed too (`Sở X chỉ đạo ...`).
    const task = findWord(text, [...TASK_VERBS, ...STRONG_VERBS], from, end);
    // `đề nghị của X`, `chỉ đạo của X`: a noun (someone's proposal), not an instruction.
    if (
      task &&
      /^\s+của\b/u.test(text.slice(task.at + task.word.length, task.at + task.word.length + 6))
    )
      return null;
    if (task && !findWord(text, REPORT_MARKERS, from, task.at))
      return { cue: task.word, at: task.at };
  }
  return null;
}

function isExcluded(sentence: string): boolean {
  return NOT_DIRECTIVE_OPENERS.test(sentence) || ANNOUNCEMENT.test(sentence);
}

/** Finds the directives of an article, given the references to people in each block. */
export function findDirectives(
  blocks: Block[],
  references: Reference[][],
  sentencesOf: Span[][],
): Directive[] {
  const found: Omit<Directive, 'id'>[] = [];
  let speaker: { issuer: string | null } | null = null;
  let active = false;
  /** The person named last: whom a pronoun subject (`Ông yêu cầu …`) refers back to. */
  let lastNamed: string | null = null;

  blocks.forEach((block, b) => {
    if (block.type === 'heading' || block.type === 'byline') return;
    const text = readingText(block);
    const refs = references[b] ?? [];
    const sentences = sentencesOf[b] ?? [];
    // A quotation of several sentences closed by an attribution: all its sentences are that speaker's.
    let quoted: Attribution | null = null;
    if (/^["“]/u.test(text)) {
      for (const s of sentences) {
        const a = attribute(text, s.start, s.end, refs);
        if (a && a.from === s.start) quoted = a;
      }
    }
    const continues = block.type !== 'figure';
    for (const s of sentences) {
      const sentence = text.slice(s.start, s.end);
      const own = attribute(text, s.start, s.end, refs) ?? pronounSubject(text, s, lastNamed);
      for (const r of within(refs, s.start, s.end)) if (r.person) lastNamed = r.person;
      const attribution =
        own ??
        (quoted && s.start <= text.lastIndexOf(quoted.verb)
          ? { ...quoted, from: s.start, cueAt: null }
          : null);
      let cue: Cue | null = null;
      let issuer: string | null = null;
      // An unnamed office given a task inside a named official's instructions (`Chủ tịch UBND các
      // tỉnh chỉ đạo ...` in a Prime Minister's conclusions) is the named official's directive.
      const addressed =
        attribution !== null &&
        own !== null &&
        attribution.issuer === null &&
        speaker?.issuer != null &&
        active &&
        continues;
      if (attribution && addressed) {
        issuer = speaker!.issuer;
        cue = { cue: attribution.verb, at: attribution.cueAt };
        if (isExcluded(sentence) || attribution.kind === 'praise') cue = null;
        else if (attribution.kind !== 'strong') cue = cueIn(text, s.start, s.end, true);
      } else if (attribution) {
        issuer = attribution.issuer;
        if (continues) {
          speaker = { issuer };
          // Reported speech continues after an instruction, not after a report or praise.
          active = attribution.kind === 'strong' || attribution.kind === 'document';
        }
        if (attribution.kind === 'praise' || isExcluded(sentence)) continue;
        if (attribution.kind === 'strong' && attribution.cueAt !== null) {
          cue = { cue: attribution.verb, at: attribution.cueAt };
        } else {
          const from = attribution.from;
          const to =
            attribution.cueAt !== null && attribution.from === s.start ? attribution.cueAt : s.end;
          cue = cueIn(
            text,
            from,
            to,
            attribution.verb === 'Theo' || attribution.verb === 'cho rằng',
          );
          if (!cue && attribution.kind === 'strong') cue = { cue: attribution.verb, at: null };
          // A verb of saying aimed at addressees instructs them: `lưu ý các địa phương về nhiệm vụ ...`.
          const after =
            attribution.cueAt !== null ? attribution.cueAt + attribution.verb.length : -1;
          if (
            !cue &&
            attribution.kind === 'weak' &&
            ADDRESSING_VERBS.has(attribution.verb) &&
            after >= 0 &&
            ADDRESSEE.test(text.slice(after, s.end))
          ) {
            cue = { cue: attribution.verb, at: attribution.cueAt };
          }
        }
      } else if (speaker && active && continues && !isExcluded(sentence)) {
        if (findWord(text, PRAISE_VERBS, s.start, s.end)) continue;
        // Someone else named in the sentence: the narrative has moved on.
        const current = speaker.issuer;
        const subject = (r: Reference) =>
          r.start === s.start || /[,;:]\s*$/u.test(text.slice(s.start, r.start));
        if (
          within(refs, s.start, s.end).some(
            (r) => r.person !== null && r.person !== current && subject(r),
          )
        ) {
          active = false;
          continue;
        }
        issuer = speaker.issuer;
        cue = cueIn(text, s.start, s.end, true);
      }
      if (!cue) continue;
      if (attribution && continues) active = true;
      const place: Place = { block: b, start: s.start, end: s.end };
      const cuePlace: Place | null =
        cue.at !== null ? { block: b, start: cue.at, end: cue.at + cue.cue.length } : null;
      found.push({ issuer, cue: cue.cue, text: sentence, place, cuePlace });
    }
  });
  return found.map((d, i) => ({ id: `d${i + 1}`, ...d }));
}
