// Directives: sentences in which a named official instructs, requests or stresses what must be done.
// The article is read sentence by sentence with the state of reported speech (windows.ts): a sentence
// is attributed by its own words (attribution.ts) or continues the speech before it, and it is a
// directive when it carries a cue (cues.ts). Each directive keeps the evidence that made it one.
import type { Block, Directive, DirectiveEvidence, Place } from '../../article/schema';
import {
  CONTRAST,
  NAMES_THE_ONE_BEFORE,
  ORDINAL,
  PRAISE_VERBS,
  UNNAMED_SPEAKER,
} from '../lexicon/cues';
import type { Reference } from '../people';
import { within } from '../people/references';
import type { Span } from '../sentences';
import { readingText } from '../structure';
import { attribute, bodySubject, pronounSubject, type Attribution } from './attribution';
import { ownCue, quotedAfterPraise } from './own-cue';
import { cueIn, findWord, isExcluded, type Cue } from './cues';
import { WINDOWS, type SpeechMode } from './windows';

interface Speech {
  mode: SpeechMode;
  issuer: string | null;
  /** The sentence that named the speaker. */
  from: Place | null;
  /** The cue of the instruction that opened a task list. */
  listCue: string | null;
  /** Speech opened by a verb of saying (`X cho biết`, `Theo X`) goes on to the end of its paragraph only. */
  block: number | null;
  /** The paragraph in which the speaker praised: a contrast after it (`Tuy nhiên, …`) is theirs. */
  praisedIn?: number;
}

/** A paragraph that is an item of a list: a marker before it, or a semicolon after it. */
const LIST_ITEM = /^(?:[-–+•]\s|\d{1,2}[.)]\s|[a-đ]\)\s)|;$/u;
const NARRATION: Speech = {
  mode: 'narration',
  issuer: null,
  from: null,
  listCue: null,
  block: null,
};
const reporting = (s: Speech) => s.mode !== 'narration';

function entry(
  block: number,
  s: Span,
  text: string,
  issuer: string | null,
  cue: Cue,
  evidence: DirectiveEvidence,
): Omit<Directive, 'id'> {
  const place = { block, start: s.start, end: s.end };
  const cuePlace = cue.at !== null ? { block, start: cue.at, end: cue.at + cue.cue.length } : null;
  return { issuer, cue: cue.cue, text, place, cuePlace, evidence };
}

/** Finds the directives of an article, given the references to people in each block. */
export function findDirectives(
  blocks: Block[],
  references: Reference[][],
  sentencesOf: Span[][],
): Directive[] {
  const found: Omit<Directive, 'id'>[] = [];
  let speech: Speech = NARRATION;
  /** The person named last: whom a pronoun subject (`Ông yêu cầu …`) refers back to. */
  let lastNamed: { person: string; place: Place } | null = null;
  /** An instruction no one has been named for yet (`Các doanh nghiệp cần …`), and where it goes. */
  let orphan: { directive: Omit<Directive, 'id'>; index: number } | null = null;
  /** The speech an enumeration (`Thứ nhất, …`, `Thứ hai, …`) belongs to: its next item resumes it. */
  let enumeration: (Speech & { at: number }) | null = null;

  blocks.forEach((block, b) => {
    if (block.type === 'heading' || block.type === 'byline') return;
    const text = readingText(block);
    const refs = references[b] ?? [];
    const sentences = sentencesOf[b] ?? [];
    const at = (s: Span): Place => ({ block: b, start: s.start, end: s.end });
    // A quotation of several sentences closed by an attribution: all its sentences are that speaker's.
    let quoted: { a: Attribution; place: Place } | null = null;
    if (/^["“]/u.test(text)) {
      for (const s of sentences) {
        const a = attribute(text, s.start, s.end, refs);
        if (a && a.from === s.start) quoted = { a, place: at(s) };
      }
    }
    // A photo caption neither opens nor continues reported speech.
    const continues = block.type !== 'figure';
    if (continues && speech.block !== null && speech.block !== b)
      speech = { ...NARRATION, issuer: speech.issuer, from: speech.from };
    const item = speech.mode === 'task-list' && LIST_ITEM.test(text);
    if (speech.mode === 'task-list' && !item) speech = { ...speech, mode: 'continuing' };
    for (const s of sentences) {
      const sentence = text.slice(s.start, s.end);
      const named = attribute(text, s.start, s.end, refs);
      const pronoun = named ? null : pronounSubject(text, s, lastNamed?.person ?? null);
      const body = named || pronoun ? null : bodySubject(text, s);
      const own = named ?? pronoun ?? body;
      // The first person a sentence names is its subject, as a rule (`TS X, con trai của Y, …`).
      const first = within(refs, s.start, s.end).find((r) => r.person);
      if (first?.person) lastNamed = { person: first.person, place: at(s) };
      const inQuote = !own && quoted && s.start <= text.lastIndexOf(quoted.a.verb);
      // An item of an enumeration after something else (a photo caption run into the text, another
      // speaker) goes on with the speech the enumeration began in.
      if (!own && !inQuote && continues && enumeration && ORDINAL.test(sentence))
        if (enumeration.at >= b - WINDOWS.enumeration)
          speech = { ...enumeration, mode: 'continuing' };
      const attribution = own ?? (inQuote ? { ...quoted!.a, from: s.start, cueAt: null } : null);
      // `X ghi nhận … Tuy nhiên, … cần …`: after praise, a contrast in the same paragraph goes on
      // with the speaker's words, to what must still be done.
      if (!attribution && speech.praisedIn === b && CONTRAST.test(sentence))
        speech = { ...speech, mode: 'continuing', block: b };
      let cue: Cue | null = null;
      let issuer: string | null = null;
      let evidence: DirectiveEvidence = { attribution: 'own' };
      if (pronoun && lastNamed) evidence = { attribution: 'pronoun', from: lastNamed.place };
      if (inQuote) evidence = { attribution: 'quotation', from: quoted!.place };

      // An unnamed office given a task inside a named official's instructions (`Chủ tịch UBND các
      // tỉnh chỉ đạo ...` in a Prime Minister's conclusions) is the named official's directive.
      const addressed =
        own !== null && own.issuer === null && speech.issuer !== null && reporting(speech);
      if (attribution && addressed && continues) {
        issuer = speech.issuer;
        evidence = { attribution: 'continuation', ...(speech.from ? { from: speech.from } : {}) };
        if (isExcluded(sentence) || attribution.kind === 'praise') cue = null;
        else if (attribution.kind !== 'strong') cue = cueIn(text, s.start, s.end, true);
        else cue = { cue: attribution.verb, at: attribution.cueAt };
      } else if (attribution) {
        issuer = attribution.issuer;
        if (continues) {
          // Reported speech goes on after an instruction, not after a report or praise.
          const instructs = attribution.kind === 'strong' || attribution.kind === 'document';
          const from = inQuote ? quoted!.place : at(s);
          // A verb of saying: the sentences after it in its paragraph are still that person's words.
          const says = attribution.kind === 'weak';
          speech = instructs
            ? { mode: 'cue', issuer, from, listCue: attribution.verb, block: null }
            : says
              ? { mode: 'continuing', issuer, from, listCue: null, block: b }
              : { ...NARRATION, issuer, from, praisedIn: b };
        }
        // `Đây là yêu cầu của X`: the instruction before it, given no one yet, is X's.
        if (orphan && attribution.kind === 'document' && NAMES_THE_ONE_BEFORE.test(sentence)) {
          if (orphan.directive.place.block >= b - WINDOWS.namedAfter) {
            const evidence: DirectiveEvidence = { attribution: 'named-after', from: at(s) };
            found.splice(orphan.index, 0, { ...orphan.directive, issuer, evidence });
          }
          orphan = null;
        }
        if (isExcluded(sentence)) continue;
        cue =
          attribution.kind === 'praise'
            ? quotedAfterPraise(text, s, attribution)
            : ownCue(text, s, attribution);
      } else if (reporting(speech) && continues && !isExcluded(sentence)) {
        if (findWord(text, PRAISE_VERBS, s.start, s.end)) continue;
        // Someone unnamed speaks for a body: the speech reported before has ended.
        if (UNNAMED_SPEAKER.test(sentence)) {
          speech = NARRATION;
          continue;
        }
        // Someone else named as the sentence's subject: the narrative has moved on.
        const subject = (r: Reference) =>
          r.start === s.start || /[,;:]\s*$/u.test(text.slice(s.start, r.start));
        const other = within(refs, s.start, s.end).some(
          (r) => r.person !== null && r.person !== speech.issuer && subject(r),
        );
        if (other) {
          speech = NARRATION;
          continue;
        }
        issuer = speech.issuer;
        evidence = { attribution: 'continuation', ...(speech.from ? { from: speech.from } : {}) };
        // After a verb of saying only a modal or an imperative opener says what must be done; after an
        // instruction a body given a task (`Sở X phối hợp …`) is instructed too.
        cue = cueIn(text, s.start, s.end, speech.block === null);
        // An item of a task list is a task of the instruction that opened it.
        if (!cue && item && speech.listCue) cue = { cue: speech.listCue, at: null };
        if (speech.mode !== 'task-list') speech = { ...speech, mode: 'continuing' };
      } else if (continues && !isExcluded(sentence)) {
        const unnamed = cueIn(text, s.start, s.end, false);
        if (unnamed)
          orphan = {
            directive: entry(b, s, sentence, null, unnamed, evidence),
            index: found.length,
          };
        continue;
      }
      if (!cue) continue;
      if (attribution && continues) {
        // An instruction of its own: the speech goes on past its paragraph.
        if (!reporting(speech) || speech.block !== null)
          speech = { ...speech, mode: 'cue', block: null };
        // An instruction that ends with a colon opens a list of tasks.
        if (/:$/u.test(sentence)) speech = { ...speech, mode: 'task-list', listCue: cue.cue };
      }
      found.push(entry(b, s, sentence, issuer, cue, evidence));
      orphan = null;
      if (ORDINAL.test(sentence) && reporting(speech))
        enumeration = { ...speech, listCue: speech.listCue ?? cue.cue, at: b };
    }
  });
  return found.map((d, i) => ({ id: `d${i + 1}`, ...d }));
}
