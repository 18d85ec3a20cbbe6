// From clusters of occurrences to the people index: a short summary per person for the list,
// and the details their page shows. Keys are readable (`nguyen-van-nen`); two people whose names
// fold alike get `-2`, `-3` in the order of their first appearance, so keys hold across runs.
import { keyOf } from '../fold';
import type { PersonDetail, PersonSummary } from '../schema';
import { clusterPeople } from './cluster';
import type { Occurrence } from './occurrence';

const byDateThenSlug = (a: Occurrence, b: Occurrence) =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.slug.localeCompare(b.slug);

/** The commonest of `values`; ties go to the first seen. */
function commonest(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

function detailOf(key: string, members: Occurrence[]): PersonDetail {
  const ordered = [...members].sort(byDateThenSlug);
  const roles = new Map<
    string,
    { text: string; first: string | null; last: string | null; articles: number }
  >();
  for (const o of ordered) {
    for (const text of o.roles) {
      const r = roles.get(text) ?? { text, first: o.date, last: o.date, articles: 0 };
      r.articles++;
      r.first = r.first ?? o.date;
      if (o.date) r.last = o.date;
      roles.set(text, r);
    }
  }
  const at = (o: Occurrence) => ({ slug: o.slug, title: o.title, date: o.date });
  return {
    key,
    name: commonest(ordered.map((o) => o.name))!,
    role: commonest(ordered.flatMap((o) => o.roles)),
    roles: [...roles.values()],
    articles: ordered.map((o) => ({ ...at(o), personId: o.personId })),
    directives: ordered.flatMap((o) => o.directives.map((text) => ({ ...at(o), text }))),
    awards: ordered.flatMap((o) => o.awards.map((a) => ({ ...at(o), ...a }))),
  };
}

export const summaryOf = (p: PersonDetail): PersonSummary => ({
  key: p.key,
  name: p.name,
  role: p.role,
  articles: new Set(p.articles.map((a) => a.slug)).size,
  directives: p.directives.length,
  awards: p.awards.length,
});

/** Everyone in a collection, most written-about first. */
export function buildPeople(occurrences: Occurrence[]): PersonDetail[] {
  const groups = clusterPeople(occurrences).map((g) => [...g].sort(byDateThenSlug));
  groups.sort(
    (a, b) => byDateThenSlug(a[0]!, b[0]!) || a[0]!.personId.localeCompare(b[0]!.personId),
  );
  const taken = new Set<string>();
  const people = groups.map((members) => {
    const base = keyOf(members[0]!.name, 60);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    return detailOf(key, members);
  });
  return people.sort((a, b) => b.articles.length - a.articles.length || a.key.localeCompare(b.key));
}
