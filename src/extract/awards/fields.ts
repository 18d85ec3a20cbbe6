// Awards, step 2b: the fields of one mention: its name with the conferring authority, the recipient,
// how many received it, and the person who handed it over.
import { NUMBER_WORDS } from '../lexicon/awards';
import { BODY_HEADS, BODY_JOINERS, OFFICES } from '../lexicon/titles';
import { tokenize } from '../tokens';
import type { Reference } from '../people';
import { within } from '../people/references';
import type { Mention } from './mentions';
import { readName } from './name';

export interface Fields {
  name: string;
  authority: boolean;
  recipient: string | null;
  count: number | null;
  presenter: string | null;
  /** Who confers it, when the clause names a body as its subject. */
  giver: string | null;
  /** Where the name as written ends (a composed authority is not in the text). */
  end: number;
}

/** `cho`, `tới` or `tặng` (perhaps after a word or two: `đột xuất cho`) introduce a recipient. */
const RECIPIENT_OPENER =
  /^\s*(?:(?:cùng|kèm|và)\s[^,;.]{1,40}?\s|(?:[\p{Ll}\p{M}]+\s+){0,2}?)(?:cho|tới|tặng|phong tặng|truy tặng|trao tặng)\s+/u;
/** Words that end the recipient's phrase. */
const RECIPIENT_STOPS =
  /\s(?:vì|do|nhân dịp|nhân kỷ niệm|nhân ngày|tại|trong|về|đã|nhằm|để|ngày|sáng|chiều|vào|khi|sau|cùng|diễn ra|được tổ chức|với)\s/u;
/** `… và 3 Bằng khen`: another award follows; the recipient ends before it. */
const NEXT_AWARD =
  /\s(?:và|,)\s+(?:\d+\s+)?(?:huân chương|huy chương|huy hiệu|cờ|bằng khen|giấy khen|kỷ niệm chương|danh hiệu)/iu;
/** The receivers as the subject: `X đã được nhận`, `X vinh dự đón nhận`, `X được trao`. */
const RECEIVE_VERB =
  /\s(?:đã\s+)?(?:vinh dự\s+)?(?:được\s+(?:nhận|trao|tặng|truy tặng|phong tặng|trao tặng)|(?:được\s+)?(?:nhận|đón nhận))\s*$/u;
/** `X được UBND huyện trao giấy khen`: the receivers, then the giver. */
const PASSIVE_GIVER =
  /(?:^|[\s,])(?:đã\s+)?được\s+([^\s,;][^,;]{0,60}?)\s+(?:trao tặng|trao|tặng|khen thưởng|tặng thưởng)\s*$/u;
const ACTIVE_VERB =
  /\s(?:đã\s+|vừa\s+)?(?:quyết định\s+)?(?:trao tặng|trao|tặng|khen thưởng)\s*(?:\d+\s*)?$/u;
/** `Lễ đón nhận`, `buổi lễ nhận`: a ceremony named after the conferral. */
const CEREMONY = /(?:^|\s)(?:lễ|buổi lễ)$/iu;
/**
 * A capitalised word that opens sentences, after a lower-case word or a number: a scraped text ran
 * the next sentence in (`… cho 9 tập thể Vừa qua, …`), and the recipient ends before it.
 */
const RUN_IN =
  /\s(?=(?:Vừa qua|Tại|Theo|Trước đó|Sau đó|Trong|Cũng|Đây|Nhân dịp|(?:Sáng|Chiều|Tối|Ngày) \d)(?![\p{L}\p{M}]))/u;
const ABBREVIATION_DOT = /(?:^|\s)(?:GS|PGS|TS|ThS|BS|TP|Q|P)$/u;
const HONORIFIC = /^(?:ông|bà|anh|chị|em|cháu|cụ|đồng chí)\s/iu;
// Regexes with `\p{…}` outside brackets live at module level: tsx (esbuild) turns such a literal into
// `new RegExp(…)`, rebuilt at every evaluation.
const UPPER_START = /^\p{Lu}/u;
const ACRONYM_START = /^\p{Lu}{2,}(?![\p{Ll}])/u;
/** Where a giver's name begins: a body word, an acronym or an office (`Tổng Liên đoàn …`, `UBND`). */
const GIVER_HEADS = [...BODY_HEADS, ...OFFICES].sort((a, b) => b.length - a.length);

/** The last clause of `text`: after its last comma, semicolon or colon. */
const lastClauseStart = (text: string) =>
  Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':')) + 1;
const lastClause = (text: string) => text.slice(lastClauseStart(text)).trim();

/**
 * The receiving subject, from after the last word that opens a clause inside it (`chúc mừng X`), or
 * after an earlier conferral it is joined to (`A được tặng bằng khen … và 492 cá nhân được …`).
 */
function subjectOf(phrase: string): string | null {
  const joined = /\svà\s(?=\d)/gu;
  let from = 0;
  for (const m of phrase.matchAll(joined))
    if (/(?:được|tặng|trao|nhận)\s/u.test(phrase.slice(0, m.index))) from = m.index + m[0].length;
  const cut = phrase
    .slice(from)
    .split(/(?:^|\s)(?:chúc mừng|khi|vì|là|bày tỏ|cho biết|trao|tặng|khen thưởng)(?:\s|$)/iu)
    .pop()!
    .replace(/\s+(?:vừa|đã|mới|cũng)$/u, '')
    .trim();
  // A bracket closed but never opened: the phrase began inside a parenthesis, not at a receiver.
  if (/^[^(]*\)/u.test(cut)) return null;
  // `"Việc được trao …`: a quotation or a nominalised clause (`việc`, `sự`) has no receiver.
  if (/^["“”]|^(?:việc|sự)(?:\s|$)/iu.test(cut)) return null;
  return cut && cut.split(' ').length <= 24 ? cut : null;
}

/** The recipient after the name: up to punctuation, another award, or a word that opens a phrase. */
function recipientAfter(after: string): string | null {
  const open = RECIPIENT_OPENER.exec(after);
  if (!open) return null;
  let rest = after.slice(open[0].length);
  const next = NEXT_AWARD.exec(rest);
  if (next) rest = rest.slice(0, next.index);
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]!;
    // `29 tập thể, 41 cá nhân`: a comma before another number continues the list.
    if (ch === ',' && /^,\s*\d+\s/u.test(rest.slice(i))) continue;
    if (',;:()'.includes(ch) || (ch === '.' && !ABBREVIATION_DOT.test(rest.slice(0, i)))) {
      end = i;
      break;
    }
  }
  let phrase = rest.slice(0, end);
  const runIn = RUN_IN.exec(phrase);
  if (runIn && /[\p{Ll}\p{N}]$/u.test(phrase.slice(0, runIn.index)))
    phrase = phrase.slice(0, runIn.index);
  const stop = RECIPIENT_STOPS.exec(` ${phrase} `);
  return (stop ? phrase.slice(0, Math.max(0, stop.index - 1)) : phrase).trim() || null;
}

/** The giver named as the subject of the clause before the verb: from a body word or an acronym. */
export function giverBefore(clause: string, atStart = false): string | null {
  for (let i = 0; i < (atStart ? 1 : clause.length); i++) {
    if (i > 0 && /[\p{L}\p{M}]/u.test(clause[i - 1]!)) continue;
    const acronym = ACRONYM_START.test(clause.slice(i, i + 4));
    if (acronym || GIVER_HEADS.some((h) => clause.startsWith(h, i))) return clause.slice(i).trim();
  }
  return null;
}

/**
 * The name of a body at the start of `phrase`: capitalised words and acronyms, the lower-case second
 * syllable of a capitalised word (`Lao động`), and levels before a name (`tỉnh Nghệ An`).
 */
/** Words after a giver's name that begin its predicate (`Hội Nhà báo tỉnh đã trao`). */
const GIVER_STOPS = new Set([
  'đã',
  'vừa',
  'sẽ',
  'đang',
  'cũng',
  'trao',
  'tặng',
  'ra',
  'có',
  'là',
  'được',
  'cùng',
  'tổ',
  'khen',
  'quyết',
  'phối',
  'long',
]);

export function bodyRun(phrase: string): string | null {
  const tokens = tokenize(phrase.slice(0, 160));
  let end = 0;
  let prevCap = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && !/^[\s&-]+$/u.test(phrase.slice(end, t.start))) break;
    if (t.cap || t.acronym) prevCap = t.cap;
    // `UBND tỉnh Nghệ An`, and `UBND tỉnh` on its own: a level before a name or closing the body.
    else if (BODY_JOINERS.has(t.text) && (tokens[i + 1]?.cap || i === tokens.length - 1))
      prevCap = false;
    else if (prevCap && !GIVER_STOPS.has(t.text)) prevCap = false;
    // `Sở Giáo dục và Đào tạo`: `và` between capitalised parts of one name.
    else if (t.text === 'và' && i > 0 && tokens[i + 1]?.cap) prevCap = false;
    else break;
    end = t.end;
  }
  return end > 0 ? phrase.slice(0, end) : null;
}

/** A recipient that opens with a person's name ends with the name (and any `và` + another name). */
function trimToPeople(recipient: string, at: number, text: string, refs: Reference[]): string {
  let end = -1;
  for (const r of within(refs, at, at + recipient.length)) {
    if (!r.person) continue;
    const lead = text.slice(end === -1 ? at : end, r.start);
    const fits =
      end === -1
        ? /^[\p{L}.\s]{0,20}$/u.test(lead) && r.start - at <= 20
        : /^\s*(?:và|,)\s*$/u.test(lead);
    if (fits) end = r.end;
  }
  return end === -1 ? recipient : text.slice(at, end);
}

const numberOf = (word: string | undefined) =>
  word === undefined
    ? NaN
    : /^\d+$/u.test(word)
      ? Number(word)
      : (NUMBER_WORDS[word.toLowerCase()] ?? NaN);

/**
 * How many received it: the numbers written before the receivers, added up (`07 tập thể và 06 cá
 * nhân` gives 13), plus one for each receiver named beside them (`Lê Văn A và 8 người` gives 9);
 * receivers named with an honorific and joined by `và` are counted too (`chị A và B` gives 2).
 */
export function countOf(recipient: string | null, before: number | null): number | null {
  if (before !== null) return before;
  if (!recipient) return null;
  const parts = recipient.split(/,\s*|\s+và\s+/u).filter(Boolean);
  const numbers = parts.map((p) => numberOf(p.split(' ')[0]));
  const numbered = numbers.filter((n) => Number.isInteger(n) && n > 0);
  if (numbered.length > 0) {
    const named = Number.isNaN(numbers[0])
      ? parts.filter((p, i) => Number.isNaN(numbers[i]) && UPPER_START.test(p)).length
      : 0;
    return numbered.reduce((a, b) => a + b, 0) + named;
  }
  return parts.length > 1 && HONORIFIC.test(parts[0]!) ? parts.length : null;
}

export function fillFields(m: Mention, text: string, refs: Reference[]): Fields {
  const read = readName(text, m.start, m.kindEnd - m.start);
  const from = Math.max(m.sentence.start, m.start - 240);
  const before = text.slice(from, m.start);
  const after = text.slice(read.end, Math.min(m.sentence.end, read.end + 240));
  // `trao 5 Kỷ niệm chương`: the number of awards handed over.
  const written = /(?:^|\s)(\d+)\s+$/u.exec(before);
  let recipient = recipientAfter(after);
  if (recipient) recipient = trimToPeople(recipient, text.indexOf(recipient, read.end), text, refs);
  let giver: string | null = null;
  /** Where the giver's clause lies in `before`, to find a person named there. */
  let giverSpan: [number, number] | null = null;
  const passive = PASSIVE_GIVER.exec(before);
  if (passive) {
    giver = passive[1]!;
    const at = before.lastIndexOf(giver);
    giverSpan = [at, at + giver.length];
    const head = before.slice(0, passive.index);
    recipient ??= subjectOf(lastClause(head));
  } else {
    const receive = RECEIVE_VERB.exec(before);
    // `phát biểu tại Lễ đón nhận …`: the ceremony's name; whoever stands before it did not receive.
    const ceremony = receive && CEREMONY.test(before.slice(0, receive.index));
    if (receive && !recipient && !ceremony)
      recipient = subjectOf(lastClause(before.slice(0, receive.index)));
    const active = ACTIVE_VERB.exec(before);
    if (active && !receive) {
      const head = before.slice(0, active.index);
      const clause = lastClause(head);
      const found = giverBefore(clause);
      giver = found && (bodyRun(found) ?? found);
      giverSpan = [head.length - clause.length, head.length];
    }
  }
  // The presenter: a person named in the giver's clause (`Bí thư X trao`, `được ông X trao`), or
  // the one who acts on behalf of others (`X thay mặt Ban …, Lãnh đạo Bộ trao`).
  if (giverSpan) {
    const behalf = before.lastIndexOf('thay mặt', giverSpan[0]);
    if (behalf >= 0 && !/[.;]/u.test(before.slice(behalf, giverSpan[0])))
      giverSpan = [lastClauseStart(before.slice(0, behalf)), giverSpan[1]];
  }
  const presenter = giverSpan
    ? (within(refs, from + giverSpan[0], from + giverSpan[1])
        .filter((r) => r.person)
        .pop()?.person ?? null)
    : null;
  // A body as the giver (`Ban Tổ chức Thành ủy tặng Giấy khen`) is the award's authority.
  const bare = read.name.length === m.kindEnd - m.start;
  const composed =
    bare &&
    !read.authority &&
    giver &&
    !presenter &&
    giver.split(' ').length <= 8 &&
    UPPER_START.test(giver);
  return {
    name: composed ? `${read.name} của ${giver}` : read.name,
    authority: read.authority || !!composed,
    recipient: recipient && recipient.length <= 160 ? recipient : null,
    count: countOf(recipient, written ? Number(written[1]) : null),
    presenter,
    giver,
    end: read.end,
  };
}
