// One person as one article names them: the raw material the people index is built from.
import type { Article } from '../../article/schema';

export interface OccurrenceAward {
  name: string;
  kind: string;
  /** `given` when the person handed it over, `received` when it was conferred on them. */
  as: 'given' | 'received';
}

export interface Occurrence {
  /** The name as written (NFC, spaces collapsed). */
  name: string;
  /** The roles this article gives them, as written. */
  roles: string[];
  slug: string;
  title: string;
  /** The person's id inside the article, for links to `/a/:slug?person=…`. */
  personId: string;
  date: string | null;
  /** The directives they gave, as written. */
  directives: string[];
  awards: OccurrenceAward[];
}

export const cleanText = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The people an article names, each with what the article says they did. */
export function occurrencesOf(article: Article): Occurrence[] {
  const { people, directives, awards } = article.entities;
  return people.map((p) => {
    const name = cleanText(p.name);
    const given = awards.filter((a) => a.presenter === p.id);
    const received = awards.filter(
      (a) => a.presenter !== p.id && a.recipient !== null && cleanText(a.recipient) === name,
    );
    return {
      name,
      roles: [...new Set(p.roles.map((r) => cleanText(r.text)).filter(Boolean))],
      slug: article.slug,
      title: article.title,
      personId: p.id,
      date: article.date,
      directives: directives.filter((d) => d.issuer === p.id).map((d) => d.text),
      awards: [
        ...given.map((a) => ({ name: a.name, kind: a.kind, as: 'given' as const })),
        ...received.map((a) => ({ name: a.name, kind: a.kind, as: 'received' as const })),
      ],
    };
  });
}
