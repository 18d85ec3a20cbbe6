// Awards conferred at the reported event: kind, name with its conferring authority, recipient, count and
// presenter. A caption and the body's mention of one conferral merge into one award.
import type { Award, AwardKind, Block, Place } from '../article/schema';
import { AWARD_KIND_WORDS, CONFER_VERBS, NAME_STOPS, NOT_CONFERRED } from './lexicon/awards';
import { BODY_JOINERS } from './lexicon/titles';
import type { Reference } from './people';
import { within } from './people/references';
import type { Span } from './sentences';
import { readingText } from './structure';
import { tokenize } from './tokens';

interface Mention {
  kind: AwardKind;
  name: string;
  authority: boolean;
  recipient: string | null;
  presenter: string | null;
  place: Place;
  caption: boolean;
}

const MAX_MENTIONS = 300;
const CLASS_WORDS = new Set(['hạng', 'Hạng']);
/** `cho` / `tới` (perhaps after a word or two: `đột xuất cho`) introduce a recipient. */
const RECIPIENT_OPENER = /^\s*(?:[\p{Ll}\p{M}]+\s+){0,2}?(?:cho|tới)\s+/u;
/** Words that end the recipient's phrase. */
const RECIPIENT_STOPS =
  /\s(?:vì|do|nhân|tại|trong|về|đã|nhằm|để|ngày|sáng|chiều|vào|khi|sau|cùng)\s/u;
/** The subject receiving: `X đã được nhận`, `X vinh dự đón nhận`, `X được trao`. */
const RECEIVE_VERB =
  /\s(?:đã\s+)?(?:vinh dự\s+)?(?:được\s+(?:nhận|trao|tặng|truy tặng|phong tặng|trao tặng)|(?:được\s+)?(?:nhận|đón nhận))\s*$/u;
/** The giver as the subject: `Ban Tổ chức Thành ủy tặng`. */
const GIVE_VERB = /\s(?:đã\s+)?(?:trao tặng|trao|tặng|khen thưởng)\s*$/u;

/** The clause's subject before a verb found at the end of `before` (from the last comma on). */
function subjectBefore(before: string, verb: RegExp): string | null {
  const m = verb.exec(before);
  if (!m) return null;
  const head = before.slice(0, m.index);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'));
  return head.slice(cut + 1).trim() || null;
}
const ABBREVIATION_DOT = /(?:^|\s)(?:GS|PGS|TS|ThS|BS|TP|Q|P)$/u;

/** The receiving subject, from after the last word that opens a clause inside it (`chúc mừng X`). */
function subjectOf(phrase: string | undefined): string | null {
  if (!phrase) return null;
  const cut = phrase
    .split(/\s(?:chúc mừng|khi|vì|là|bày tỏ|cho biết)\s/u)
    .pop()!
    .trim();
  return cut.split(' ').length <= 10 ? cut : null;
}

/** A recipient that opens with a person's name ends with the name (and any `và` + another name). */
function trimToPeople(
  recipient: string | null,
  from: number,
  text: string,
  refs: Reference[],
): string | null {
  if (!recipient) return null;
  const at = text.indexOf(recipient, from);
  if (at < 0) return recipient;
  let end = -1;
  for (const r of refs) {
    if (!r.person || r.start < at || r.end > at + recipient.length) continue;
    const lead = text.slice(end === -1 ? at : end, r.start);
    if (
      end === -1
        ? /^[\p{L}.\s]{0,14}$/u.test(lead) && r.start - at <= 14
        : /^\s*(?:và|,)\s*$/u.test(lead)
    )
      end = r.end;
  }
  return end === -1 ? recipient : text.slice(at, end);
}

/** The recipient after `cho`: up to punctuation or a word that opens another phrase. */
function recipientAfter(after: string): string | null {
  const open = RECIPIENT_OPENER.exec(after);
  if (!open) return null;
  const rest = after.slice(open[0].length);
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]!;
    if (',;:()'.includes(ch)) {
      end = i;
      break;
    }
    if (ch === '.' && !ABBREVIATION_DOT.test(rest.slice(0, i))) {
      end = i;
      break;
    }
  }
  const phrase = rest.slice(0, end);
  const stop = RECIPIENT_STOPS.exec(` ${phrase} `);
  return (stop ? phrase.slice(0, Math.max(0, stop.index - 1)) : phrase).trim() || null;
}
const COLLECTIVE = /^(?:\d+|các|những|nhiều|hai|ba|bốn|năm)\s|tập thể|đơn vị|cá nhân/u;

/** The award's name from its kind word: capitalised words, a class, and `của` + the authority. */
function readName(
  text: string,
  start: number,
  kindLength: number,
): { name: string; end: number; authority: boolean } {
  // A name is a few words long: look no further than a window, so long inputs stay linear.
  const tokens = tokenize(text.slice(start, start + 240));
  let end = kindLength;
  let i = tokens.findIndex((t) => t.start >= kindLength);
  let authority = false;
  let prevCap = false;
  while (i !== -1 && i < tokens.length) {
    const t = tokens[i]!;
    const gapText = text.slice(start + end, start + t.start);
    if (gapText !== ' ' && !(gapText === ' "' || gapText === ' “')) break;
    const next = tokens[i + 1];
    if (t.text === 'của' && next && (next.cap || next.acronym)) {
      authority = true;
      end = t.end;
      prevCap = false;
    } else if (t.cap || t.acronym || /^\d+$/u.test(t.text)) {
      end = t.end;
      prevCap = t.cap;
    } else if (CLASS_WORDS.has(t.text) || t.text === 'năm' || t.text === 'tuổi') {
      end = t.end;
      prevCap = false;
    } else if (BODY_JOINERS.has(t.text) && next?.cap) {
      end = t.end;
      prevCap = false;
    } else if (
      prevCap &&
      /^\p{Ll}/u.test(t.text) &&
      !NAME_STOPS.has(t.text) &&
      !CONFER_VERBS.test(t.text)
    ) {
      end = t.end;
      prevCap = false;
    } else break;
    i++;
  }
  let name = text.slice(start, start + end);
  if (/[”"]$/u.test(text.slice(start, start + end + 1))) name = text.slice(start, start + end + 1);
  return { name: name.replace(/[\s"“]+$/u, ''), end: start + end, authority };
}

function findMentions(
  blocks: Block[],
  references: Reference[][],
  sentencesOf: Span[][],
): Mention[] {
  const mentions: Mention[] = [];
  blocks.forEach((block, b) => {
    if (block.type === 'byline') return;
    const text = readingText(block);
    for (const s of sentencesOf[b] ?? []) {
      const sentence = text.slice(s.start, s.end);
      if (!CONFER_VERBS.test(sentence)) continue;
      for (const [kind, pattern] of AWARD_KIND_WORDS) {
        const re = new RegExp(pattern.source, 'giu');
        for (const m of sentence.matchAll(re)) {
          if (mentions.length >= MAX_MENTIONS) return;
          const at = s.start + m.index;
          const windowStart = Math.max(s.start, at - 240);
          const before = text.slice(windowStart, at);
          if (/\p{L}$/u.test(before) || NOT_CONFERRED.test(before.slice(-40))) continue;
          if (kind === 'Huân chương' && /Kỷ niệm chương$/iu.test(before + m[0])) continue;
          const { name, end, authority } = readName(text, at, m[0].length);
          const after = text.slice(end, Math.min(s.end, end + 240));
          const receiver = subjectBefore(before, RECEIVE_VERB);
          const recipient =
            trimToPeople(
              recipientAfter(after),
              end,
              text,
              within(references[b] ?? [], end, end + 240),
            ) ?? subjectOf(receiver ?? undefined);
          // The presenter: a person named just before `trao`/`tặng`.
          const giveAt = before.search(/(?:trao tặng|trao|tặng)\s*$/u);
          const presenter =
            giveAt >= 0 && !receiver
              ? (within(references[b] ?? [], windowStart, windowStart + giveAt)
                  .filter((r) => r.person)
                  .pop()?.person ?? null)
              : null;
          // A body as the giver (`Ban Tổ chức Thành ủy tặng Giấy khen`) is the award's authority.
          const subject = !authority && !presenter ? subjectBefore(before, GIVE_VERB) : null;
          const giver =
            subject && /^\p{Lu}/u.test(subject) && !/^Việc\b/u.test(subject) ? subject : undefined;
          const isPerson = within(references[b] ?? [], at - (giver?.length ?? 0) - 12, at).some(
            (r) => r.person,
          );
          const composed = giver && !isPerson && giver.split(' ').length <= 8;
          mentions.push({
            kind,
            name: composed ? `${name} của ${giver}` : name,
            authority: authority || !!composed,
            recipient: recipient && recipient.length <= 120 ? recipient : null,
            presenter,
            place: { block: b, start: at, end },
            caption: block.type === 'figure',
          });
        }
      }
    }
  });
  return mentions;
}

const syllables = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N} ]+/gu, ' ')
      .split(/\s+/u)
      .filter(Boolean),
  );

function overlap(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const x = syllables(a);
  const y = syllables(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

type Draft = Omit<Award, 'id'> & { authority: boolean; caption: boolean };

/** Finds the awards of an article, merging mentions of one conferral. */
export function findAwards(
  blocks: Block[],
  references: Reference[][],
  sentencesOf: Span[][],
): Award[] {
  // An article names a handful of awards; past a few hundred mentions the input is not an article,
  // and merging (which compares mentions pairwise) would only waste time.
  const mentions = findMentions(blocks, references, sentencesOf);
  const drafts: Draft[] = [];
  // Body mentions first, then captions, which mostly repeat them.
  const ordered = [...mentions.filter((m) => !m.caption), ...mentions.filter((m) => m.caption)];
  for (const m of ordered) {
    const same = drafts.filter((d) => d.kind === m.kind);
    let into =
      same.find((d) => overlap(d.recipient, m.recipient) >= 0.5) ??
      same.find(
        (d) =>
          d.name.toLowerCase() === m.name.toLowerCase() &&
          (m.recipient === null || d.recipient === null),
      );
    if (!into && !m.authority && same.length > 0) {
      const collective = m.recipient !== null && COLLECTIVE.test(m.recipient);
      into =
        same.find((d) => d.recipient !== null && COLLECTIVE.test(d.recipient) === collective) ??
        same[same.length - 1];
    }
    if (!into && m.caption && same.length === 1 && overlap(same[0]!.name, m.name) >= 0.5)
      into = same[0];
    if (into) {
      if (m.authority && (!into.authority || (into.caption && !m.caption))) {
        into.name = m.name;
        into.authority = true;
      }
      if (
        m.recipient &&
        (!into.recipient ||
          (m.recipient.length > into.recipient.length && !m.caption && into.caption))
      ) {
        into.recipient = m.recipient;
      }
      into.presenter ??= m.presenter;
      into.mentions.push(m.place);
      into.caption &&= m.caption;
      continue;
    }
    drafts.push({
      name: m.name,
      kind: m.kind,
      recipient: m.recipient,
      count: countOf(m.recipient),
      presenter: m.presenter,
      mentions: [m.place],
      authority: m.authority,
      caption: m.caption,
    });
  }
  return drafts.map(({ authority: _a, caption: _c, ...d }, i) => ({
    id: `a${i + 1}`,
    ...d,
    count: countOf(d.recipient),
    mentions: [...d.mentions].sort((x, y) => x.block - y.block || x.start - y.start),
  }));
}

function countOf(recipient: string | null): number | null {
  const m = recipient ? /^(\d+)\s/u.exec(recipient) : null;
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}
