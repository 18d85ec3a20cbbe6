// The Vietnamese terms of an article that the sidebar and the text show with an English gloss: each
// person's titles, each award's name and recipient, in the sidebar's order (what is seen first, first).
import type { Article } from '@/article/schema';

export function* glossedTerms(article: Article): Generator<string> {
  for (const person of article.entities.people) for (const role of person.roles) yield role.text;
  for (const award of article.entities.awards) {
    yield award.name;
    if (award.recipient) yield award.recipient;
  }
}
