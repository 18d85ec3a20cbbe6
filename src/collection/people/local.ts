// The people of the articles imported in this browser, beside the collection's. They are joined among
// themselves by the rule of docs/people.md, then each is matched to the collection's people of the
// same name: with exactly one whose roles fit it is that person (their page lists the imported
// articles too); with none, or several (ambiguous), it stays a person of its own, marked local.
import type { Article } from '../../article/schema';
import { keyOf } from '../fold';
import type { PersonDetail } from '../schema';
import { buildPeople } from './build';
import { nameKey, rolesFit } from './cluster';
import { occurrencesOf } from './occurrence';

/** Everyone the imported articles name, one entry per person (keys among these articles only). */
export const peopleOfArticles = (articles: Article[]): PersonDetail[] =>
  buildPeople(articles.flatMap(occurrencesOf));

/** The key the collection gives the first person of this name (namesakes have -2, -3 …). */
export const collectionKeyOf = (name: string) => keyOf(name, 60);

/** The collection person `local` is, among the collection's namesakes `candidates`, or null. */
export function matchPerson(local: PersonDetail, candidates: PersonDetail[]): string | null {
  const roles = local.roles.map((r) => r.text);
  const fitting = candidates.filter(
    (c) =>
      nameKey(c.name) === nameKey(local.name) &&
      rolesFit(
        roles,
        c.roles.map((r) => r.text),
      ),
  );
  return fitting.length === 1 ? fitting[0]!.key : null;
}

type Local<T> = T & { local?: boolean };

/** A person's page: every item says whether it comes from an article imported here. */
export interface ShownPerson extends Omit<PersonDetail, 'articles' | 'directives' | 'awards'> {
  articles: Local<PersonDetail['articles'][number]>[];
  directives: Local<PersonDetail['directives'][number]>[];
  awards: Local<PersonDetail['awards'][number]>[];
}

const byDate = (a: { date: string | null }, b: { date: string | null }) =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999');

/**
 * The collection's person with what imported articles say of them (`base` null: someone only in
 * imported articles, shown under the first of `extra`'s keys). Items stay in date order; a role
 * written alike is one role with its dates and count widened.
 */
export function withLocal(base: PersonDetail | null, extra: PersonDetail[]): ShownPerson {
  const first = base ?? extra[0]!;
  const mark = <T>(items: T[]) => items.map((item) => ({ ...item, local: true }));
  const roles = new Map(first === base ? base.roles.map((r) => [r.text, { ...r }]) : []);
  for (const r of extra.flatMap((p) => p.roles)) {
    const known = roles.get(r.text);
    if (!known) roles.set(r.text, { ...r });
    else {
      known.articles += r.articles;
      if (r.first && (!known.first || r.first < known.first)) known.first = r.first;
      if (r.last && (!known.last || r.last > known.last)) known.last = r.last;
    }
  }
  return {
    key: first.key,
    name: first.name,
    role: first.role,
    roles: [...roles.values()],
    articles: [...(base?.articles ?? []), ...mark(extra.flatMap((p) => p.articles))].sort(byDate),
    directives: [...(base?.directives ?? []), ...mark(extra.flatMap((p) => p.directives))].sort(
      byDate,
    ),
    awards: [...(base?.awards ?? []), ...mark(extra.flatMap((p) => p.awards))].sort(byDate),
  };
}
