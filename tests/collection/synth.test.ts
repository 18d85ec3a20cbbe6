import { describe, expect, it } from 'vitest';
import { buildPeople } from '@/collection/people/build';
import { occurrencesOf } from '@/collection/people/occurrence';
import { cast, compose } from '@/collection/synth/compose';
import { extractArticle } from '@/extract/index';

describe('the synthetic collection', () => {
  it('is the same for the same seed and varies across articles', () => {
    const officials = cast(40);
    expect(compose(5, officials).text).toBe(compose(5, cast(40)).text);
    expect(new Set([0, 1, 2, 3, 4].map((n) => compose(n, officials).text)).size).toBe(5);
  });

  it('gives the extractor dated articles whose officials recur as one person each', () => {
    const officials = cast(5);
    const articles = Array.from({ length: 30 }, (_, n) => {
      const s = compose(n, officials);
      return extractArticle(s.text, { slug: s.name });
    });
    expect(articles.every((a) => a.date !== null)).toBe(true);
    expect(articles.reduce((n, a) => n + a.entities.directives.length, 0)).toBeGreaterThanOrEqual(
      30,
    );
    const people = buildPeople(articles.flatMap(occurrencesOf));
    const official = people.find((p) => p.name === officials[0]!.name)!;
    expect(official.articles.length).toBeGreaterThan(3);
    expect(official.directives.length).toBeGreaterThan(0);
    expect(people.filter((p) => p.name === officials[0]!.name)).toHaveLength(1);
  });
});
