// Who is who across articles. The rule (docs/people.md, tests/collection/people-cluster.test.ts):
//
// 1. Same name. Occurrences are compared only when their names are equal after NFC, lower case and
//    collapsed spaces. Tone marks count: "Nguyễn Văn Nên" and "Nguyễn Văn Nến" are two names.
// 2. Compatible roles. Two roles are compatible when the words of one (folded) are all among the
//    words of the other: "Phó Thủ tướng" and "Phó Thủ tướng Chính phủ" (one is a fuller writing),
//    "Thủ tướng" and "Phó Thủ tướng" (a promotion keeps the words). "Chủ tịch UBND tỉnh Long An"
//    and "Chủ tịch UBND tỉnh Bến Tre" are not: two offices, so two people.
// 3. Most specific first. Occurrences are placed in order of their longest role (most words first),
//    then date and slug, so the result never depends on the order of the input. Each joins the one
//    group whose roles it is compatible with; with none it starts a group; with several it is
//    ambiguous and starts a group of its own rather than guess. An occurrence without any role is
//    compatible with every group.
import { foldedWords } from '../fold';
import type { Occurrence } from './occurrence';

export const nameKey = (name: string) =>
  name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

type Words = Set<string>;
const roleWords = (role: string): Words => new Set(foldedWords(role));
const within = (a: Words, b: Words) => [...a].every((w) => b.has(w));
export const compatibleRoles = (a: string, b: string) => {
  const wa = roleWords(a);
  const wb = roleWords(b);
  return within(wa, wb) || within(wb, wa);
};

interface Group {
  members: Occurrence[];
  roles: Words[];
}

function fits(occurrence: Words[], group: Group): boolean {
  if (occurrence.length === 0 || group.roles.length === 0) return true;
  return occurrence.some((r) => group.roles.some((g) => within(r, g) || within(g, r)));
}

/** Whether someone with roles `a` can be the person with roles `b` (rule 2; no roles fits anyone). */
export const rolesFit = (a: string[], b: string[]) =>
  fits(a.map(roleWords), { members: [], roles: b.map(roleWords) });

const specificity = (o: Occurrence) => Math.max(0, ...o.roles.map((r) => roleWords(r).size));

/** Splits occurrences of one name into people, by the rule above. */
function clusterName(occurrences: Occurrence[]): Occurrence[][] {
  const ordered = [...occurrences].sort(
    (a, b) =>
      specificity(b) - specificity(a) ||
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      a.slug.localeCompare(b.slug) ||
      a.personId.localeCompare(b.personId),
  );
  const groups: Group[] = [];
  for (const o of ordered) {
    const roles = o.roles.map(roleWords);
    const matches = groups.filter((g) => fits(roles, g));
    if (matches.length === 1) {
      matches[0]!.members.push(o);
      matches[0]!.roles.push(...roles);
    } else groups.push({ members: [o], roles });
  }
  return groups.map((g) => g.members);
}

/** Groups every occurrence in a collection into people: one array per person. */
export function clusterPeople(occurrences: Occurrence[]): Occurrence[][] {
  const byName = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const key = nameKey(o.name);
    const list = byName.get(key);
    if (list) list.push(o);
    else byName.set(key, [o]);
  }
  return [...byName.values()].flatMap(clusterName);
}
