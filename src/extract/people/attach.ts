// Titles to people: a title goes to the name right after it, to the name before it (between commas or
// as its predicate), along a chain of titles, or waits as a title alone that pass 3 resolves.
import type { Place } from '../../article/schema';
import { HONORIFICS } from '../lexicon/names';
import type { Draft } from './index';
import type { NameHit } from './names';
import { startingIn, within } from './references';
import type { RoleHit } from './roles';

/** A title given to a given name alone (`Ông Phúc là đại tá`), resolved once names are known. */
export interface Deferred {
  block: number;
  hit: NameHit;
  role: RoleHit;
  place: Place;
}

/** `Đồng Giám đốc, GS. Gustavo Belforte`: a title, a comma and an academic prefix before the name. */
const ROLE_THEN_ACADEMIC = /^,?\s*(?:GS|PGS|TS|ThS|TSKH)(?:\.(?:TS|ThS))?\.?\s$/u;
/** The abbreviation of a body in brackets between its title and the name: `Bộ … (LĐ-TB&XH) X`. */
const GLOSS = /^\s\([^()]{1,24}\)\s$/u;

/** Titles next to a name are that person's: before it (`Bí thư X`) or after it between commas. */
export function attachRoles(
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
  !SPACED_HONORIFICS.some((h) => gap.endsWith(h));

/** Honorifics as a word between spaces, built once rather than at every gap tested. */
const HONORIFIC_LIST = [...HONORIFICS];
const SPACED_HONORIFICS = HONORIFIC_LIST.map((h) => ` ${h} `);

/**
 * How much of the gap between a title and the name after it belongs to the title: the body's lower-case
 * words (`đỏ tỉnh`), then perhaps an honorific that belongs to neither (`Bí thư Tỉnh ủy đồng chí X`,
 * `Chủ tịch Hội … tỉnh ông Y`). -1 when the gap holds anything else.
 */
function titleTail(gap: string): number {
  const honorific = HONORIFIC_LIST[SPACED_HONORIFICS.findIndex((h) => gap.endsWith(h))];
  const rest = honorific ? gap.slice(0, -honorific.length - 1) : gap;
  if (honorific && rest === ' ') return 0;
  return bodyTail(rest) ? rest.length - 1 : -1;
}

function inApposition(gap: string): boolean {
  // `…, Bí thư Tỉnh ủy X (nguyên Phó Chủ tịch …)`: a former post in brackets right after a title.
  if (/^\s*\(\s*$/u.test(gap)) return true;
  if (!/(?:,|\s[–-])\s*$/u.test(gap) || gap.length > 120) return false;
  return !/[.;:!?"“”()]/u.test(gap) && !CLAUSE_WORD.test(gap);
}

export function addRole(person: Draft, role: RoleHit, place: Place) {
  const same = person.roles.find((r) => r.text === role.text);
  if (same) same.mentions.push(place);
  else person.roles.push({ text: role.text, office: role.office, mentions: [place] });
}
