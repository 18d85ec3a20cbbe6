// The blocks of an article are checked by hand when every one is plain (src/article/plain-blocks.ts):
// the article that comes out, and the problems named for a damaged one, are what zod's schema gives.
import { describe, expect, it } from 'vitest';
import type { Article } from '@/article/schema';
import { checkArticle } from '@/article/validate';
import { isPlainBlock } from '@/article/plain-blocks';
import { handBuilt } from '../features/hand-built-article';
import { byZod } from './by-zod';

const withBlock = (block: unknown): Article =>
  ({
    ...structuredClone(handBuilt),
    blocks: [...structuredClone(handBuilt.blocks), block],
  }) as Article;

describe('an article with plain blocks', () => {
  it('is the article zod gives, every kind of block included', () => {
    const credit = {
      id: 'anh',
      type: 'credit',
      text: 'Ảnh: Lan',
      credit: 'photo',
      names: { start: 5, end: 8 },
    };
    const article = withBlock(credit);
    const kinds = new Set(article.blocks.map((b) => b.type));
    expect(kinds).toEqual(new Set(['paragraph', 'heading', 'figure', 'quote', 'byline', 'credit']));
    expect(article.blocks.every(isPlainBlock)).toBe(true);
    expect(checkArticle(structuredClone(article))).toEqual(byZod(structuredClone(article)));
  });

  it('still has its ranges checked against its blocks', () => {
    const article = structuredClone(handBuilt);
    article.entities.people[0]!.mentions[0]!.end = 10_000;
    const checked = checkArticle(article);
    expect(checked.ok).toBe(false);
    expect(checked).toEqual(byZod(article));
  });
});

describe('a block the hand-written check does not take', () => {
  const odd: [string, unknown][] = [
    [
      'a key the schema does not name (zod drops it)',
      { id: 'x', type: 'quote', text: 'a', note: 1 },
    ],
    ['an id with capitals', { id: 'X', type: 'paragraph', text: 'a' }],
    ['a heading of level 5', { id: 'x', type: 'heading', level: 5, text: 'a' }],
    ['a lead that is not true or false', { id: 'x', type: 'paragraph', text: 'a', lead: 'yes' }],
    [
      'a figure whose credit is no range',
      {
        id: 'x',
        type: 'figure',
        text: 'a',
        caption: { start: 0, end: 1 },
        credit: { start: -1, end: 1 },
      },
    ],
    ['a type the schema does not know', { id: 'x', type: 'table', text: 'a' }],
    [
      'a credit to no one the schema knows',
      { id: 'x', type: 'credit', text: 'a', credit: 'editor', names: { start: 0, end: 1 } },
    ],
    ['text that is not a string', { id: 'x', type: 'paragraph', text: 3 }],
    ['no block at all', null],
  ];
  for (const [what, block] of odd)
    it(`is left to zod: ${what}`, () => {
      expect(isPlainBlock(block)).toBe(false);
      expect(checkArticle(withBlock(block))).toEqual(byZod(withBlock(block)));
    });
});
