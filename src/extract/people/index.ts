// People: names, the titles the article gives them, credits, and every place that refers to them.
import type { Block, Person, Place } from '../../article/schema';
import {
  AGENCIES,
  AUTHOR_LABEL,
  HO_CHI_MINH,
  HO_CHI_MINH_ALIASES,
  HONORIFICS,
  INSTITUTION_CREDIT,
} from '../lexicon/names';
import { slugify, uniqueId } from '../slug';
import { bylineNames } from '../structure';
import { tokenize } from '../tokens';
import { findNames, namesAfterTitles, type NameHit } from './names';
import { startingIn, within } from './references';
import { findRoles, type RoleHit } from './roles';

/** A place that refers to someone: a person's id, or null for an official the article never names. */
export interface Reference extends Place {
  person: string | null;
  /** The office when the reference is a title (`Thủ tướng`), for directives' subjects. */
  office?: string;
}

export interface PeopleResult {
  people: Person[];
  /** References in each block, in text order. */
  references: Reference[][];
}

/** A title given to a given name alone (`Ông Phúc là đại tá`), resolved once names are known. */
interface Deferred {
  block: number;
  hit: NameHit;
  role: RoleHit;
  place: Place;
}

interface Draft {
  name: string;
  credit?: 'author' | 'photo';
  roles: { text: string; office: string; mentions: Place[] }[];
  mentions: Place[];
  first: number;
}

/** `Đồng Giám đốc, GS. Gustavo Belforte`: a title, a comma and an academic prefix before the name. */
const ROLE_THEN_ACADEMIC = /^,?\s*(?:GS|PGS|TS|ThS|TSKH)(?:\.(?:TS|ThS))?\.?\s$/u;
/** `Ảnh: Phương Hoa/TTXVN` inside a paragraph: the photographer, then the agency after the slash. */
const RUN_IN_CREDIT =
  /(?:^|[\s.])Ảnh:\s*(\p{Lu}[\p{L}\p{M}.]*(?:\s\p{Lu}[\p{L}\p{M}.]*){0,3})\s*\/\s*\p{Lu}{2,}/gu;
/** The abbreviation of a body in brackets between its title and the name: `Bộ … (LĐ-TB&XH) X`. */
const GLOSS = /^\s\([^()]{1,24}\)\s$/u;
/** A name without its tone marks (grave, acute, hook, tilde, dot below); vowel letters stay (ư ≠ u). */
const toneless = (key: string) =>
  key
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')
    .normalize('NFC');
const keyOf = (name: string) => name.normalize('NFC').toLowerCase();

/** Finds the people of an article in its blocks. */
export function findPeople(blocks: Block[]): PeopleResult {
  const drafts: Draft[] = [];
  const references: Reference[][] = blocks.map(() => []);
  let order = 0;

  // Exact names, and the shorter forms of names already seen (`Văn Nên` for `Nguyễn Văn Nên`).
  const byKey = new Map<string, Draft>();
  const bySuffix = new Map<string, Draft>();
  // A full name written again with one tone mark different is the same person, misspelt.
  const byToneless = new Map<string, Draft>();
  const add = (name: string): Draft => {
    const key = keyOf(name);
    const full = name.split(' ').length >= 3;
    const found =
      byKey.get(key) ??
      (name.includes(' ') ? bySuffix.get(key) : undefined) ??
      (full ? byToneless.get(toneless(key)) : undefined);
    if (found) return found;
    const draft: Draft = { name, roles: [], mentions: [], first: order++ };
    drafts.push(draft);
    byKey.set(key, draft);
    if (full && !byToneless.has(toneless(key))) byToneless.set(toneless(key), draft);
    const words = key.split(' ');
    for (let i = 1; i < words.length - 1; i++) {
      const suffix = words.slice(i).join(' ');
      if (!bySuffix.has(suffix)) bySuffix.set(suffix, draft);
    }
    return draft;
  };

  const perBlock = blocks.map((block) => {
    const text = block.type === 'figure' ? block.text.slice(0, block.caption.end) : block.text;
    const tokens = tokenize(text);
    if (block.type === 'byline') return { text, names: [], roles: [] };
    const strong = findNames(text, tokens);
    const starts = new Set(strong.map((n) => n.start));
    const roles = findRoles(text, tokens, starts);
    const titled = namesAfterTitles(
      text,
      tokens,
      roles.map((r) => r.end),
      starts,
    );
    const names = [...strong, ...titled].sort((a, b) => a.start - b.start);
    return { text, names, roles };
  });

  // Pass 1: full names, with the titles written next to them.
  const standalone: { block: number; role: RoleHit }[] = [];
  const deferred: Deferred[] = [];
  const shorts: { block: number; hit: NameHit }[] = [];
  perBlock.forEach(({ text, names, roles }, b) => {
    for (const hit of names) {
      if (hit.short) {
        shorts.push({ block: b, hit });
        continue;
      }
      const person = add(hit.name);
      person.mentions.push({ block: b, start: hit.start, end: hit.end });
    }
    for (const alias of HO_CHI_MINH_ALIASES.slice(0, 1)) {
      for (let at = text.indexOf(alias); at !== -1; at = text.indexOf(alias, at + 1)) {
        add(HO_CHI_MINH).mentions.push({ block: b, start: at, end: at + alias.length });
      }
    }
    attachRoles(text, b, names, roles, add, standalone, deferred);
  });

  // Pass 2: one syllable after an honorific (`ông Lưu`) refers to a full name ending with it.
  const byLastWord = new Map<string, Draft>();
  for (const d of drafts) {
    const last = d.name.split(' ').pop()!;
    if (!byLastWord.has(last)) byLastWord.set(last, d);
  }
  const shortPerson = new Map<NameHit, Draft>();
  for (const { block, hit } of shorts) {
    const person = byLastWord.get(hit.name) ?? add(hit.name);
    person.mentions.push({ block, start: hit.start, end: hit.end });
    shortPerson.set(hit, person);
  }
  for (const d of deferred) {
    const person = shortPerson.get(d.hit);
    if (person) addRole(person, d.role, d.place);
  }

  // Pass 3: a title standing alone refers back to the person named with that title.
  const anonymous: Reference[] = [];
  for (const { block, role } of standalone) {
    const person = resolveTitle(role, drafts);
    const place = { block, start: role.start, end: role.end };
    if (person && role.reference) person.mentions.push(place);
    else if (person) {
      person.mentions.push(place);
      const same = person.roles.find((r) => r.text === role.text);
      if (same) same.mentions.push(place);
      else if (role.text !== role.office || !person.roles.some((r) => r.office === role.office)) {
        person.roles.push({ text: role.text, office: role.office, mentions: [place] });
      }
    } else anonymous.push({ ...place, person: null, office: role.office });
  }

  // Credits: the photographer of each figure and the byline.
  blocks.forEach((block, b) => {
    if (block.type === 'figure' && block.credit) {
      // `Trí Dũng/TTXVN`: the photographer, then the agency.
      const name = block.text.slice(block.credit.start, block.credit.end).split('/')[0]!.trim();
      if (isPersonCredit(name)) {
        const person = add(name);
        person.credit ??= 'photo';
        const at = block.text.indexOf(name, block.credit.start);
        person.mentions.push({ block: b, start: at, end: at + name.length });
      }
    } else if (block.type === 'byline') {
      const label = AUTHOR_LABEL.exec(block.text)?.[0].length ?? 0;
      // `Đức Dũng - Minh Thu (TTXVN)`: each name on the line is an author.
      for (const name of bylineNames(block.text.slice(label))) {
        if (!isPersonCredit(name)) continue;
        const person = add(name);
        person.credit = 'author';
        const at = block.text.indexOf(name, label);
        person.mentions.push({ block: b, start: at, end: at + name.length });
      }
    } else if (block.type === 'paragraph') {
      // A photo credit run into a scraped paragraph: `… Ảnh: Phương Hoa/TTXVN Chủ tịch …`.
      for (const m of block.text.matchAll(RUN_IN_CREDIT)) {
        const name = m[1]!;
        if (!isPersonCredit(name)) continue;
        const person = add(name);
        person.credit ??= 'photo';
        const at = m.index + m[0].indexOf(name);
        person.mentions.push({ block: b, start: at, end: at + name.length });
      }
    }
  });

  const ids = new Set<string>();
  const people: Person[] = drafts
    .filter((d) => d.mentions.length > 0)
    .sort((a, b) => firstPlace(a) - firstPlace(b) || a.first - b.first)
    .map((d) => ({
      id: uniqueId(slugify(d.name), ids),
      name: d.name,
      roles: mostSpecific(d.roles).map((r) => ({ text: r.text, mentions: sortPlaces(r.mentions) })),
      ...(d.credit ? { credit: d.credit } : {}),
      mentions: sortPlaces(dedupe(d.mentions)),
    }));
  const idOf = new Map(
    drafts.map((d) => [d.name, people.find((p) => p.name === d.name)?.id ?? null]),
  );
  for (const d of drafts) {
    const id = idOf.get(d.name) ?? null;
    for (const m of d.mentions) references[m.block]!.push({ ...m, person: id });
    for (const r of d.roles)
      for (const m of r.mentions) references[m.block]!.push({ ...m, person: id, office: r.office });
  }
  for (const a of anonymous) references[a.block]!.push(a);
  for (const list of references) list.sort((x, y) => x.start - y.start || y.end - x.end);
  return { people, references };
}

/** Titles next to a name are that person's: before it (`Bí thư X`) or after it between commas. */
function attachRoles(
  text: string,
  block: number,
  names: NameHit[],
  roles: RoleHit[],
  add: (name: string) => Draft,
  standalone: { block: number; role: RoleHit }[],
  deferred: Deferred[],
) {
  const full = names.filter((n) => !n.short);
  const shortNames = names.filter((n) => n.short);
  /** Who the last title went to: a person, or a given name alone that pass 2 resolves. */
  let lastHolder: { person: Draft | null; short?: NameHit; end: number } | null = null;
  const give = (h: { person: Draft | null; short?: NameHit }, role: RoleHit, place: Place) => {
    if (h.person) addRole(h.person, role, place);
    else deferred.push({ block, hit: h.short!, role, place });
  };
  /** `Ủy viên Bộ Chính trị, Bí thư Thành ủy X`: titles before a comma wait for the chain's name. */
  let chain: { role: RoleHit; place: Place }[] = [];
  const release = () => {
    for (const c of chain) if (!c.role.loose) standalone.push({ block, role: c.role });
    chain = [];
  };
  roles.forEach((role, k) => {
    const place = { block, start: role.start, end: role.end };
    const after = roles[k + 1];
    const chained = !!after && /^\s*,\s*$/u.test(text.slice(role.end, after.start));
    const outcome = attachOne(role, place);
    if (outcome === 'held' && lastHolder?.person) {
      const person = lastHolder.person;
      const at = person.roles.findIndex((r) => r.mentions.includes(place));
      const before = chain.filter((c) => !person.roles.some((r) => r.text === c.role.text));
      for (const c of chain) addRole(person, c.role, c.place);
      // Reading order: the chain's titles before the one next to the name.
      const moved = person.roles.splice(person.roles.length - before.length, before.length);
      if (at >= 0) person.roles.splice(at, 0, ...moved);
      else person.roles.push(...moved);
      chain = [];
    } else if (outcome === 'alone' && chained) chain.push({ role, place });
    else {
      if (outcome === 'alone') chain.push({ role, place });
      release();
    }
  });
  release();

  /** Gives `role` its holder; `held` when a name follows it, `alone` when no one is found. */
  function attachOne(role: RoleHit, place: Place): 'held' | 'after' | 'short' | 'alone' {
    const next = startingIn(full, role.end, role.end + 30).find(
      (n) =>
        n.start <= role.end + 1 ||
        ROLE_THEN_ACADEMIC.test(text.slice(role.end, n.start)) ||
        GLOSS.test(text.slice(role.end, n.start)) ||
        titleTail(text.slice(role.end, n.start)) >= 0,
    );
    const holder = next ? add(next.name) : null;
    if (holder) {
      // `Chủ tịch Hội Chữ thập đỏ tỉnh X`: the body's lower-case words up to the name are the title's.
      const tail = titleTail(text.slice(role.end, next!.start));
      if (tail > 0) {
        role = { ...role, end: role.end + tail, text: text.slice(role.start, role.end + tail) };
        place.end = role.end;
      }
      addRole(holder, role, place);
      lastHolder = { person: holder, end: next!.end };
      return 'held';
    }
    // After the name between commas (`X, Bí thư ...`) or as its predicate (`X là Viện trưởng ...`);
    // a given name alone after an honorific is resolved later (`Ông Phúc là đại tá, …`).
    const prev = within(names, role.start - 80, role.start).find(
      (n) =>
        n.end < role.start &&
        /^\s*(?:[,(–-]|(?:hiện|hiện nay|hiện đang|đang)?\s*là)\s*$/u.test(
          text.slice(n.end, role.start),
        ),
    );
    if (prev) {
      lastHolder = prev.short
        ? { person: null, short: prev, end: role.end }
        : { person: add(prev.name), end: role.end };
      give(lastHolder, role, place);
      return 'after';
    }
    if (lastHolder && inApposition(text.slice(lastHolder.end, role.start))) {
      give(lastHolder, role, place);
      lastHolder.end = role.end;
      return 'after';
    }
    if (startingIn(shortNames, role.end, role.end + 2).some((n) => n.start <= role.end + 1))
      return 'short';
    // A title in lower case away from any name is a common noun (`các giám đốc`).
    if (role.loose) return 'short';
    return 'alone';
  }
}

/**
 * The text between one title of a chain and the next (`X, Phó trưởng Ban Thường trực Ban Chỉ đạo …,
 * Bộ trưởng Bộ Y tế`): the rest of the first title's body, then a comma or a dash; no clause word
 * (a verb, a preposition that opens a new phrase) and no sentence punctuation.
 */
const CLAUSE_WORD =
  /(?:^|\s)(?:đã|đang|sẽ|vừa|cho|nói|là|được|có|nhấn|yêu|đề|khẳng|phát|trao|tặng|nhận|tại|khi|cùng|cũng|với|đến|dự|thăm|làm|chủ trì)(?=\s|$)/u;
/**
 * Lower-case words between a title and a name that finish the body's name (`đỏ tỉnh`); an honorific
 * before the name (`Bí thư Tỉnh ủy … đồng chí X`) is not one of them.
 */
const bodyTail = (gap: string) =>
  /^ [\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,2} $/u.test(gap) &&
  !CLAUSE_WORD.test(gap) &&
  ![...HONORIFICS].some((h) => gap.endsWith(` ${h} `));

/**
 * How much of the gap between a title and the name after it belongs to the title: the body's lower-case
 * words (`đỏ tỉnh`), then perhaps an honorific that belongs to neither (`Bí thư Tỉnh ủy đồng chí X`,
 * `Chủ tịch Hội … tỉnh ông Y`). -1 when the gap holds anything else.
 */
function titleTail(gap: string): number {
  const honorific = [...HONORIFICS].find((h) => gap.endsWith(` ${h} `));
  const rest = honorific ? gap.slice(0, -honorific.length - 1) : gap;
  if (honorific && rest === ' ') return 0;
  return bodyTail(rest) ? rest.length - 1 : -1;
}

function inApposition(gap: string): boolean {
  if (!/(?:,|\s[–-])\s*$/u.test(gap) || gap.length > 120) return false;
  return !/[.;:!?"“”()]/u.test(gap) && !CLAUSE_WORD.test(gap);
}

function addRole(person: Draft, role: RoleHit, place: Place) {
  const same = person.roles.find((r) => r.text === role.text);
  if (same) same.mentions.push(place);
  else person.roles.push({ text: role.text, office: role.office, mentions: [place] });
}

/** The person a title alone refers to: the one who holds that office in the article. */
function resolveTitle(role: RoleHit, drafts: Draft[]): Draft | null {
  const holders = drafts.filter((d) =>
    d.roles.some(
      (r) => r.office === role.office && (r.text.includes(role.text) || role.text.includes(r.text)),
    ),
  );
  if (holders.length >= 1) return holders[0]!;
  const sameOffice = drafts.filter((d) => d.roles.some((r) => r.office === role.office));
  return sameOffice.length === 1 ? sameOffice[0]! : null;
}

/** Drops a role contained in a longer one the person also has (`Bí thư` inside `Bí thư Thành ủy`). */
function mostSpecific<T extends { text: string; mentions: Place[] }>(roles: T[]): T[] {
  const kept = roles.filter(
    (r) => !roles.some((o) => o !== r && o.text.length > r.text.length && o.text.includes(r.text)),
  );
  for (const r of roles) {
    if (kept.includes(r)) continue;
    const into = kept.find((o) => o.text.includes(r.text));
    into?.mentions.push(...r.mentions);
  }
  return kept;
}

function isPersonCredit(name: string): boolean {
  if (
    !name ||
    name.length > 40 ||
    AGENCIES.has(name) ||
    /^Theo\b/u.test(name) ||
    INSTITUTION_CREDIT.test(name)
  )
    return false;
  // Initials count (`T.H`); an all-capital word (`HLU`) is an institution.
  if (/^[\p{Lu}]{2,}$/u.test(name)) return false;
  return /^\p{Lu}/u.test(name);
}

const firstPlace = (d: Draft) =>
  d.mentions.reduce((min, m) => Math.min(min, m.block * 1e6 + m.start), Infinity);
const sortPlaces = (places: Place[]) =>
  [...places].sort((a, b) => a.block - b.block || a.start - b.start);
function dedupe(places: Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = `${p.block}:${p.start}:${p.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
