// Directives: the cue that makes reported content an instruction (../shared/spec/EXTRACTION.md): a
// directive verb, a modal of obligation, an imperative task sentence or a task statement; and the
// words that look like cues but are not (a name, an idiom, a condition).
import {
  ANNOUNCEMENT,
  CONNECTIVES,
  IMPERATIVE_OPENERS,
  MODALS,
  NOT_DIRECTIVE_OPENERS,
  NOT_OBLIGATION,
  REPORT_MARKERS,
  STRONG_VERBS,
  TASK_STATEMENT,
  TASK_VERBS,
} from '../lexicon/cues';
import { bodyHeadAt } from '../people/roles';
import { WINDOWS } from './windows';

export const NOT_LETTER = /[^\p{L}\p{M}]/u;
// Regexes with `\p{…}` outside brackets live at module level: tsx (esbuild) turns such a literal into
// `new RegExp(…)`, rebuilt at every evaluation.
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
/** A capitalised word next: the cue word is part of a name (`Cần Giờ`). */
const NAME_AFTER = /^ \p{Lu}\p{Ll}/u;

/** `word` stands at `at` in `text` as a whole word (case-insensitive for a capitalised opener). */
function wordAt(text: string, at: number, word: string): boolean {
  const slice = text.slice(at, at + word.length);
  if (slice !== word && slice.toLowerCase() !== word) return false;
  const after = text[at + word.length];
  return after === undefined || NOT_LETTER.test(after);
}

/**
 * Which word of `list` stands at a place, as `list.find((w) => wordAt(text, at, w))` would say (its
 * index, or -1), trying only the words that begin with the letter there or its lower case. The words
 * are lower-case Vietnamese, so a match begins with one of those two letters.
 */
export function wordsAt(list: readonly string[]): (text: string, at: number) => number {
  const byFirst = new Map<string, number[]>();
  list.forEach((w, k) => byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), k]));
  return (text, at) => {
    const ch = text[at];
    if (ch === undefined) return -1;
    const lower = ch.toLowerCase();
    const own = byFirst.get(ch);
    const folded = lower === ch ? undefined : byFirst.get(lower);
    const candidates =
      own && folded ? [...own, ...folded].sort((a, b) => a - b) : (own ?? folded ?? []);
    for (const k of candidates) if (wordAt(text, at, list[k]!)) return k;
    return -1;
  };
}

/**
 * A cue word used as something else: part of a name (`Cần Giờ`, `Ban Chỉ đạo`: a capital after it, or
 * a committee word before it) or, for a modal, an idiom, a condition or a circumstance.
 */
function notACue(text: string, at: number, word: string, modal: boolean): boolean {
  const after = text.slice(at + word.length, at + word.length + WINDOWS.cueAfter);
  // … unless a verb in lower case is followed by the body it instructs (`chỉ đạo Thanh tra các tỉnh`).
  const instructsABody = () =>
    !modal && LOWER_START.test(word) && bodyHeadAt(text, at + word.length + 1);
  if (NAME_AFTER.test(after) && !instructsABody()) return true;
  const before = text.slice(Math.max(0, at - WINDOWS.cueBefore), at);
  if (/(?:^|\s)(?:Ban|ban)\s$/u.test(before)) return true;
  if (at > 0 && UPPER_START.test(word) && !/[.:"“]\s*$/u.test(before)) return true;
  if (!modal) return false;
  const previous = (before.trimEnd().split(/\s+/u).pop() ?? '').replace(/^[^\p{L}]+/u, '');
  return NOT_OBLIGATION.some((re) => re.test(word + after) || re.test(`${previous} ${word}`));
}

export function findWord(
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
        if (!best || from + i < best.at)
          best = { word: text.slice(from + i, from + i + w.length), at: from + i };
        break;
      }
      i = lower.indexOf(w, i + 1);
    }
  }
  return best;
}

export interface Cue {
  cue: string;
  at: number | null;
}

/** The openers in lower case, once; a sentence's head is lowered only as far as the longest. */
const OPENERS_LOWER = IMPERATIVE_OPENERS.map((o) => o.toLowerCase());
const LONGEST_OPENER = Math.max(...IMPERATIVE_OPENERS.map((o) => o.length));

const TASK_OR_STRONG = [...TASK_VERBS, ...STRONG_VERBS];

/** The cue that makes reported content an instruction, if any. */
export function cueIn(text: string, from: number, end: number, taskVerbs: boolean): Cue | null {
  let content = text.slice(from, end).replace(/^[\s,:"“]+/u, '');
  for (let m = CONNECTIVES.exec(content); m && m[0]; m = CONNECTIVES.exec(content))
    content = content.slice(m[0].length);
  const head = content.slice(0, LONGEST_OPENER).toLowerCase();
  // An opener followed by a capitalised word is the start of a name (`Cần Giờ`, `Phát triển Nông thôn`).
  const opener = IMPERATIVE_OPENERS.find(
    (o, k) =>
      head.startsWith(OPENERS_LOWER[k]!) &&
      NOT_LETTER.test(content[o.length] ?? ' ') &&
      !NAME_AFTER.test(content.slice(o.length, o.length + 3)),
  );
  const offset = text.indexOf(content, from);
  if (opener) return { cue: content.slice(0, opener.length), at: offset };
  if (TASK_STATEMENT.test(content))
    return { cue: content.split(' ').slice(0, 5).join(' '), at: offset };
  const modal = findWord(text, MODALS, from, end, true);
  if (modal) return { cue: modal.word, at: modal.at };
  if (taskVerbs) {
    // In reported instructions a body given a task is instructed too (`Sở X chỉ đạo ...`).
    const task = findWord(text, TASK_OR_STRONG, from, end);
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

export function isExcluded(sentence: string): boolean {
  return NOT_DIRECTIVE_OPENERS.test(sentence) || ANNOUNCEMENT.test(sentence);
}
