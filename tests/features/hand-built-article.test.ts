import { describe, expect, it } from 'vitest';
import { checkArticle } from '@/article/validate';
import { handBuilt } from './hand-built-article';

describe('the hand-built article', () => {
  it('is valid, and every range covers the words it names', () => {
    expect(checkArticle(handBuilt)).toMatchObject({ ok: true });
    const text = (p: { block: number; start: number; end: number }) =>
      handBuilt.blocks[p.block]!.text.slice(p.start, p.end);
    for (const person of handBuilt.entities.people) {
      for (const m of person.mentions) expect(text(m)).toBe(person.name);
    }
    for (const d of handBuilt.entities.directives) expect(text(d.place)).toBe(d.text);
  });
});
