// An article's sections and entities are checked by hand when all are plain (src/article/plain-entities.ts):
// the article that comes out, and the problems named for a damaged one, are what zod's schema gives.
import { describe, expect, it } from 'vitest';
import type { Article } from '@/article/schema';
import { checkArticle } from '@/article/validate';
import { arePlainParts } from '@/article/plain-entities';
import { handBuilt } from '../features/hand-built-article';
import { byZod } from './by-zod';

/** A file's JSON, to be damaged field by field, as a file can be in any way. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** The hand-built article with every optional field of an entity filled in. */
function everyField(): Article {
  const article = structuredClone(handBuilt);
  const [first, second] = article.entities.directives;
  first!.evidence = { attribution: 'own' };
  second!.evidence = { attribution: 'named-after', from: first!.place };
  article.entities.awards[0]!.evidence = {
    cue: 'tặng',
    place: article.entities.awards[0]!.mentions[0]!,
  };
  article.entities.awards.push({
    ...structuredClone(article.entities.awards[0]!),
    id: 'a2',
    count: null,
    presenter: null,
  });
  return article;
}

const changed = (change: (a: Loose) => void) => {
  const article = everyField() as unknown as Loose;
  change(article);
  return article;
};

describe('an article with plain sections and entities', () => {
  it('is the article zod gives, every optional field included', () => {
    const article = everyField();
    expect(arePlainParts(structuredClone(article) as never)).toBe(true);
    expect(checkArticle(structuredClone(article))).toEqual(byZod(structuredClone(article)));
  });

  it('still has its references checked: an unknown issuer, a place past its block', () => {
    for (const article of [
      changed((a) => (a.entities.directives[0].issuer = 'no-one')),
      changed((a) => (a.entities.awards[0].mentions[0].end = 10_000)),
    ]) {
      expect(arePlainParts(structuredClone(article))).toBe(true);
      const checked = checkArticle(structuredClone(article));
      expect(checked.ok).toBe(false);
      expect(checked).toEqual(byZod(structuredClone(article)));
    }
  });
});

describe('sections or entities the hand-written check does not take', () => {
  const odd: [string, (a: Loose) => void][] = [
    ['a key the schema does not name (zod drops it)', (a) => (a.entities.people[0].note = 1)],
    ['a place with a key too many', (a) => (a.entities.people[0].mentions[0].page = 2)],
    ['an award of a kind the schema does not know', (a) => (a.entities.awards[0].kind = 'Cúp')],
    ['an award count of nought', (a) => (a.entities.awards[0].count = 0)],
    [
      'an attribution the schema does not know',
      (a) => (a.entities.directives[0].evidence.attribution = 'rumour'),
    ],
    ['a directive without its text', (a) => (a.entities.directives[0].text = '')],
    ['a person with a capital in the id', (a) => (a.entities.people[0].id = 'Tran')],
    ['a credit to no one the schema knows', (a) => (a.entities.people[2].credit = 'editor')],
    ['a section starting at a negative block', (a) => (a.sections[0].startBlock = -1)],
    ['entities with a fourth list', (a) => (a.entities.places = [])],
    ['no entities at all', (a) => (a.entities = null)],
  ];
  for (const [what, change] of odd)
    it(`is left to zod: ${what}`, () => {
      const article = changed(change);
      expect(arePlainParts(structuredClone(article))).toBe(false);
      expect(checkArticle(structuredClone(article))).toEqual(byZod(structuredClone(article)));
    });
});
