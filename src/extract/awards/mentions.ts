// Awards, step 1: every mention of an award kind in a sentence that confers or receives, minus those
// that are not a conferral of the reported event (history, statistics, generic words, gifts, plans).
import type { AwardKind, Block } from '../../article/schema';
import {
  AWARD_KIND_WORDS,
  CONFER_VERBS,
  GENERIC_BEFORE,
  GIFTS,
  HISTORY,
  NOT_CONFERRED,
  VAGUE_RECEIVERS,
} from '../lexicon/awards';
import type { Span } from '../sentences';
import { readingText } from '../structure';

export interface Mention {
  kind: AwardKind;
  block: number;
  /** Where the kind word stands in the block's reading text. */
  start: number;
  kindEnd: number;
  sentence: Span;
  caption: boolean;
  /** The verb of conferring or receiving that governs it, and where it stands. */
  verb: { text: string; at: number } | null;
  /** `6 cờ thi đua … và 43 cờ cho …`: the kind's words left out, the name the one before it. */
  elided?: boolean;
}

/** An article names a handful of awards; past a few hundred mentions the input is not an article. */
const MAX_MENTIONS = 300;
const KIND_PATTERNS = AWARD_KIND_WORDS.map(
  ([kind, re]) => [kind, new RegExp(re.source, 'giu')] as const,
);
const VERBS = new RegExp(CONFER_VERBS.source, 'giu');
/**
 * A day or a month with its year (`Ngày 1/9/2020`, `tháng 3/2019`) before a mention dates the
 * conferral. A bare year (`thành tích năm 2023`) does not: it is the period the award is for.
 */
const DATED = /(?:ngày\s+\d{1,2}\/\d{1,2}\/|tháng\s+\d{1,2}\/)(\d{4})/giu;

/** `giành huy chương vàng`: a prize won at a contest, not a conferral at the reported event. */
const WON_BEFORE = /(?:giành|đoạt|đạt)(?: được)?\s+$/iu;
const BIOGRAPHY = /\slà\s.*\sđã được\s/u;
const NAMED_PRIZE = /^\s(?:["“]|\p{Lu})/u;
// Regexes with `\p{…}` outside brackets live at module level: tsx (esbuild) turns such a literal into
// `new RegExp(…)`, rebuilt at every evaluation.
const LETTER_END = /\p{L}$/u;

/** The last verb of conferring in `text` before `end`, not inside a word. */
function governingVerb(
  text: string,
  from: number,
  end: number,
): { text: string; at: number } | null {
  let last: { text: string; at: number } | null = null;
  VERBS.lastIndex = from;
  for (let m = VERBS.exec(text); m && m.index < end; m = VERBS.exec(text)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if ((!before || !/[\p{L}\p{M}]/u.test(before)) && (!after || !/[\p{L}\p{M}]/u.test(after)))
      last = { text: m[0], at: m.index };
  }
  return last;
}

/** The clause around a verb: from the last `,`/`;`/`:` before it. */
const clauseStart = (text: string, from: number, at: number) =>
  Math.max(from, ...[',', ';', ':'].map((c) => text.lastIndexOf(c, at - 1) + 1));

/** A conferral dated in a year before the article's is a past one. */
function datedBefore(sentence: string, year: number | null): boolean {
  if (year === null) return false;
  for (const m of sentence.matchAll(DATED)) if (Number(m[1]) < year) return true;
  return false;
}

/** A count and the head word alone, with its receivers: the flag named in full before it. */
const ELIDED_FLAG = /(?<=\d\s)cờ(?=\s+(?:cho|tặng|tới)\s)/giu;

/** `tặng 6 cờ thi đua cho A và 43 cờ cho B`: the second flag is a conferral of its own. */
function addElided(mentions: Mention[], blocks: Block[]): void {
  for (const full of mentions.filter((m) => m.kind === 'Cờ Thi đua' && !m.elided)) {
    const text = readingText(blocks[full.block]!);
    const rest = text.slice(full.kindEnd, full.sentence.end);
    for (const e of rest.matchAll(ELIDED_FLAG)) {
      const at = full.kindEnd + e.index;
      if (mentions.some((m) => m.block === full.block && m.start === at)) continue;
      const verb = full.verb;
      mentions.push({ ...full, start: at, kindEnd: at + e[0].length, verb, elided: true });
    }
  }
}

export function findMentions(
  blocks: Block[],
  sentencesOf: Span[][],
  year: number | null,
): Mention[] {
  const mentions: Mention[] = [];
  blocks.forEach((block, b) => {
    if (block.type === 'byline') return;
    const text = readingText(block);
    for (const s of sentencesOf[b] ?? []) {
      const sentence = text.slice(s.start, s.end);
      if (!CONFER_VERBS.test(sentence)) continue;
      for (const [kind, re] of KIND_PATTERNS) {
        re.lastIndex = 0;
        for (const m of sentence.matchAll(re)) {
          if (mentions.length >= MAX_MENTIONS) return;
          const at = s.start + m.index;
          const before = text.slice(Math.max(s.start, at - 240), at);
          if (LETTER_END.test(before) || NOT_CONFERRED.test(before.slice(-40))) continue;
          if (datedBefore(text.slice(s.start, at), year)) continue;
          if (kind === 'Huân chương' && /Kỷ niệm chương$/iu.test(before + m[0])) continue;
          if (GENERIC_BEFORE.test(before) || WON_BEFORE.test(before)) continue;
          // `giải thưởng` is a prize only with its name (`Giải thưởng Hồ Chí Minh`, `giải thưởng
          // "Bông hồng vàng"`); followed by a lower-case word it is the common noun (`giải thưởng phụ`).
          if (
            kind === 'Giải thưởng' &&
            !NAMED_PRIZE.test(text.slice(at + m[0].length, at + m[0].length + 3))
          )
            continue;
          const verb = governingVerb(text, s.start, at);
          if (verb) {
            const after = text.slice(verb.at + verb.text.length, at);
            // `tặng quà X, …, huy hiệu …`: the verb gives a gift; the award is a descriptor.
            if (GIFTS.test(after) && !/\svà\s/u.test(after)) continue;
            const clause = text.slice(clauseStart(text, s.start, verb.at), verb.at);
            if (HISTORY.test(` ${clause}`)) continue;
            if (VAGUE_RECEIVERS.test(clause.trim())) continue;
            // `X là thương binh … và đã được Nhà nước tặng …`: a description of someone, a biography.
            if (BIOGRAPHY.test(text.slice(s.start, verb.at))) continue;
          }
          mentions.push({
            kind,
            block: b,
            start: at,
            kindEnd: at + m[0].length,
            sentence: s,
            caption: block.type === 'figure',
            verb,
          });
        }
      }
    }
  });
  addElided(mentions, blocks);
  // In reading order, so a mention can share the giver named before it in its sentence.
  return mentions.sort((x, y) => x.block - y.block || x.start - y.start);
}
