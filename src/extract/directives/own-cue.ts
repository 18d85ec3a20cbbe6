// Directives: the cue of a sentence attributed by its own words (`X yêu cầu …`, `Theo X, … cần …`,
// `X lưu ý các địa phương …`), and of the words quoted after praise.
import { ADDRESSEE, ADDRESSING_VERBS } from '../lexicon/cues';
import type { Span } from '../sentences';
import type { Attribution } from './attribution';
import { cueIn, type Cue } from './cues';

/** The cue of a sentence attributed by its own words, if any. */
export function ownCue(text: string, s: Span, a: Attribution): Cue | null {
  if (a.kind === 'strong' && a.cueAt !== null) return { cue: a.verb, at: a.cueAt };
  const to = a.cueAt !== null && a.from === s.start ? a.cueAt : s.end;
  const cue = cueIn(text, a.from, to, a.verb === 'Theo' || a.verb === 'cho rằng');
  if (cue) return cue;
  if (a.kind === 'strong') return { cue: a.verb, at: null };
  // A verb of saying aimed at addressees instructs them: `lưu ý các địa phương về nhiệm vụ ...`.
  const after = a.cueAt !== null ? a.cueAt + a.verb.length : -1;
  if (
    a.kind === 'weak' &&
    ADDRESSING_VERBS.has(a.verb) &&
    after >= 0 &&
    ADDRESSEE.test(text.slice(after, s.end))
  )
    return { cue: a.verb, at: a.cueAt };
  return null;
}

/** `X đánh giá cao … và góp ý: "Thành phố cần …"`: words quoted after the praise may still instruct. */
export function quotedAfterPraise(text: string, s: Span, a: Attribution): Cue | null {
  const quote = /:\s*["“]/u.exec(text.slice(a.from, s.end));
  return quote ? cueIn(text, a.from + quote.index + quote[0].length, s.end, false) : null;
}
