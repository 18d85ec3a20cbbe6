// Awards, step 3: mentions of one conferral (a caption and the body, the lead and a later paragraph)
// become one award: same kind, and the same recipients, or one of them naming none.
import type { Award, AwardKind, Place } from '../../article/schema';
import { OFFICES } from '../lexicon/titles';
import { tokenize } from '../tokens';
import type { Fields } from './fields';

export interface Filled extends Fields {
  kind: AwardKind;
  place: Place;
  caption: boolean;
  /** The verb of conferring that governs the mention. */
  evidence: Award['evidence'] | null;
}

export type Draft = Omit<Award, 'id'> & { authority: boolean; caption: boolean };

const COLLECTIVE = /^(?:\d+|các|những|nhiều|hai|ba|bốn|năm)\s|tập thể|đơn vị|cá nhân/u;

const syllables = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N} ]+/gu, ' ')
      .split(/\s+/u)
      .filter(Boolean),
  );

export function overlap(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const x = syllables(a);
  const y = syllables(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

/** The authority part of a name: what follows `của`. */
const authorityOf = (name: string) => name.slice(name.lastIndexOf(' của ') + 5);

// Lower case without a locale: Vietnamese has no casing rules of its own (Unicode's special casing
// is for Lithuanian, Turkish and Azeri only), and `toLocaleLowerCase('vi')` resolves the locale at each call.
const LOWER_OFFICES = OFFICES.map((o) => o.toLowerCase()).sort((a, b) => b.length - a.length);
const SPACED_OFFICES = LOWER_OFFICES.map((o) => `${o} `);
/** An authority's words without the office that heads it: the head's award is the body's. */
function giverWords(authority: string): string[] {
  let s = authority
    .toLowerCase()
    .replace(/[^\p{L}\p{N}& ]+/gu, ' ')
    .trim();
  const office = LOWER_OFFICES.find((_, k) => s.startsWith(SPACED_OFFICES[k]!));
  if (office) s = s.slice(office.length).trim();
  return s.split(/\s+/u).filter(Boolean);
}

/**
 * A name with its words shortened to initials and acronyms kept whole, so that an abbreviated
 * spelling meets the full one (`Tổng LĐLĐ Việt Nam` and `Tổng LĐLĐVN`).
 */
const initials = (name: string) =>
  tokenize(name)
    .map((t) => (t.acronym ? t.text : t.text[0]!))
    .join('')
    .toLowerCase();

/**
 * One giver written twice: the same first word, and every word of the shorter in the longer
 * (`UBND huyện` and `UBND huyện Lộc Hà`; `Chủ tịch UBND huyện` and `UBND huyện`). Bodies that
 * only share words (`Hội Khuyến học tỉnh`, `Hội Khuyến học thị xã`) are two givers; an abbreviated
 * spelling is the same giver.
 */
export function sameGiver(a: string, b: string): boolean {
  const [x, y] = [giverWords(a), giverWords(b)].sort((p, q) => p.length - q.length);
  if (!x!.length || x![0] !== y![0]) return false;
  if (initials(a) === initials(b)) return true;
  const longer = new Set(y);
  return x!.every((w) => longer.has(w));
}

/** The draft that `m` mentions again, if any. */
function sameConferral(m: Filled, drafts: Draft[]): Draft | undefined {
  const same = drafts.filter((d) => d.kind === m.kind);
  // Two different counts of one kind are two conferrals (`6 cờ … và 43 cờ …`).
  const counted = (d: Draft) => m.count !== null && d.count != null && m.count !== d.count;
  // Two authorities named differently are two conferrals (`Bằng khen của A` … `Bằng khen của B`).
  const otherGiver = (d: Draft) =>
    m.authority && d.authority && !sameGiver(authorityOf(d.name), authorityOf(m.name));
  const byRecipient = same.find(
    (d) => overlap(d.recipient, m.recipient) >= 0.5 && !counted(d) && !otherGiver(d),
  );
  if (byRecipient) return byRecipient;
  const byName = same.find(
    (d) =>
      d.name.toLowerCase() === m.name.toLowerCase() &&
      (m.recipient === null || d.recipient === null) &&
      !counted(d),
  );
  if (byName) return byName;
  // A mention naming neither authority nor recipient repeats one already found.
  if (!m.authority && same.length > 0 && (m.recipient === null || m.caption)) {
    const collective = m.recipient !== null && COLLECTIVE.test(m.recipient);
    return (
      same.find((d) => d.recipient !== null && COLLECTIVE.test(d.recipient) === collective) ??
      same[same.length - 1]
    );
  }
  // A mention with its authority completes an earlier bare one (`trao giấy khen` … `Giấy khen của X`).
  const bare = same.find((d) => !d.authority && (d.recipient === null || m.recipient === null));
  if (bare) return bare;
  if (m.caption && same.length === 1 && overlap(same[0]!.name, m.name) >= 0.5) return same[0];
  return undefined;
}

/** Merges the mentions of each conferral: body mentions first, then captions, which mostly repeat them. */
export function mergeMentions(mentions: Filled[]): Draft[] {
  const drafts: Draft[] = [];
  const ordered = [...mentions.filter((m) => !m.caption), ...mentions.filter((m) => m.caption)];
  for (const m of ordered) {
    const into = sameConferral(m, drafts);
    if (!into) {
      drafts.push({
        name: m.name,
        kind: m.kind,
        recipient: m.recipient,
        count: m.count,
        presenter: m.presenter,
        mentions: [m.place],
        ...(m.evidence ? { evidence: m.evidence } : {}),
        authority: m.authority,
        caption: m.caption,
      });
      continue;
    }
    if (m.authority && (!into.authority || (into.caption && !m.caption))) {
      into.name = m.name;
      into.authority = true;
    }
    const longer = m.recipient && into.recipient && m.recipient.length > into.recipient.length;
    if (m.recipient && (!into.recipient || (longer && !m.caption && into.caption))) {
      into.recipient = m.recipient;
      into.count = m.count ?? into.count;
    }
    into.count ??= m.count;
    into.presenter ??= m.presenter;
    if (!into.evidence && m.evidence) into.evidence = m.evidence;
    into.mentions.push(m.place);
    into.caption &&= m.caption;
  }
  return drafts;
}
