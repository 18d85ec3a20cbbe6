// People: names, the titles the article gives them, credits, and every place that refers to them.
import type { Block, Person, Place } from '../../article/schema';
import { HO_CHI_MINH, HO_CHI_MINH_ALIASES } from '../lexicon/names';
import { slugify, uniqueId } from '../slug';
import { tokenize } from '../tokens';
import { findNames, namesAfterTitles, type NameHit } from './names';
import { addRole, attachRoles, type Deferred } from './attach';
import { blockCredits, initialledNames } from './credits';
import { foldGivenNames } from './given-names';
import { leadershipMentions } from './leaders';
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

export interface Draft {
  name: string;
  credit?: 'author' | 'photo';
  roles: { text: string; office: string; mentions: Place[] }[];
  mentions: Place[];
  first: number;
}

/** A name without its tone marks (grave, acute, hook, tilde, dot below); vowel letters stay (ư ≠ u). */
const toneless = (key: string) =>
  key
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')
    .normalize('NFC');
const keyOf = (name: string) => name.normalize('NFC').toLowerCase();
// Regexes with `\p{…}` outside brackets live at module level: tsx (esbuild) turns such a literal into
// `new RegExp(…)`, rebuilt at every evaluation.
const ONE_CAPITAL = /^\p{Lu}$/u;
const LETTER = /[\p{L}\p{M}]/u;

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
    if (block.type === 'byline' || block.type === 'credit') return { text, names: [], roles: [] };
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
    for (const { name, at } of initialledNames(text)) {
      add(name).mentions.push({ block: b, start: at, end: at + name.length });
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
    // Inside a phrase already read as someone's (`Bác Hồ` is Hồ Chí Minh), it is that person.
    const inside = drafts.find((d) =>
      d.mentions.some((m) => m.block === block && m.start <= hit.start && m.end >= hit.end),
    );
    // `ông D.` after `ông L.Q.D.`: a single letter is the last of someone's initials.
    const initialled = ONE_CAPITAL.test(hit.name)
      ? drafts.find((d) => new RegExp(`(?:^|\\.)${hit.name}\\.?$`, 'u').test(d.name))
      : undefined;
    const person = inside ?? byLastWord.get(hit.name) ?? initialled ?? add(hit.name);
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
      // `Thứ trưởng Tuyên`: the holder's given name after the title is a mention of them too.
      const given = person.name.slice(person.name.lastIndexOf(' ') + 1);
      const { text } = perBlock[block]!;
      const at = role.end + 1;
      if (
        given !== person.name &&
        text[role.end] === ' ' &&
        text.startsWith(given, at) &&
        !LETTER.test(text[at + given.length] ?? '')
      )
        person.mentions.push({ block, start: at, end: at + given.length });
      const same = person.roles.find((r) => r.text === role.text);
      if (same) same.mentions.push(place);
      else {
        // `Thứ trưởng` alone after `Thứ trưởng Bộ Y tế X`: a shortened mention of that title, which
        // keeps its office, so a given name and a verb after it are read as that person's clause.
        const shortened =
          role.text === role.office && person.roles.find((r) => r.office === role.office);
        if (shortened) shortened.mentions.push(place);
        else person.roles.push({ text: role.text, office: role.office, mentions: [place] });
      }
    } else anonymous.push({ ...place, person: null, office: role.office });
  }

  // `lãnh đạo UBND TP X`: the one person named with an office in that body.
  perBlock.forEach(({ text }, b) => leadershipMentions(text, b, drafts));

  // Credits: the photographer of each figure, the lines that credit someone, the byline, and credits
  // run into a scraped paragraph. A writer's own line says so for certain; the rest only if nothing has.
  blocks.forEach((block, b) => {
    for (const { name, at, credit } of blockCredits(block)) {
      const person = add(name);
      if (credit === 'author' && block.type !== 'paragraph') person.credit = 'author';
      else person.credit ??= credit;
      person.mentions.push({ block: b, start: at, end: at + name.length });
    }
  });

  const kept = foldGivenNames(drafts);
  const ids = new Set<string>();
  const people: Person[] = kept
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
    kept.map((d) => [d.name, people.find((p) => p.name === d.name)?.id ?? null]),
  );
  for (const d of kept) {
    const id = idOf.get(d.name) ?? null;
    for (const m of d.mentions) references[m.block]!.push({ ...m, person: id });
    for (const r of d.roles)
      for (const m of r.mentions) references[m.block]!.push({ ...m, person: id, office: r.office });
  }
  for (const a of anonymous) references[a.block]!.push(a);
  for (const list of references) list.sort((x, y) => x.start - y.start || y.end - x.end);
  return { people, references };
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
