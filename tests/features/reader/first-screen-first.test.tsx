// A huge article's first screen does not wait for work over the whole article: its references (the
// clickable names, titles, awards, cue words) and its reading time are completed when the browser is
// idle, and the references of the first screen stay the same objects, so it is not rendered again.
import { renderHook, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { useRef } from 'react';
import type { Article } from '@/article/schema';
import { readingMinutes } from '@/article/selection';
import { buildRefs } from '@/features/reader';
import { useArticleRefs } from '@/features/reader/hooks/use-article-refs';
import { useReadingMinutes } from '@/features/reader/hooks/use-reading-minutes';
import { longArticle, manyLines } from '../../e2e/support/huge-articles';

const FIRST = 100;
let long: Article;
let short: Article;

beforeAll(() => {
  long = longArticle(1000, 'refs-1000'); // 2,635 places
  short = longArticle(60, 'refs-60');
});

const useRefsOf = (article: Article) => {
  const select = useRef(() => {});
  return useArticleRefs(article, FIRST, select);
};
const blocksWithRefs = (refs: Map<number, unknown>) => [...refs.keys()].sort((a, b) => a - b);

describe("a huge article's references", () => {
  it('cover the first screen at once, then every block, the first screen keeping its own', async () => {
    const all = blocksWithRefs(buildRefs(long, () => {}));
    expect(all.at(-1)).toBeGreaterThan(FIRST);
    const { result } = renderHook(() => useRefsOf(long));
    const first = result.current;
    expect(blocksWithRefs(first)).toEqual(all.filter((b) => b < FIRST));
    await waitFor(() => expect(blocksWithRefs(result.current)).toEqual(all));
    for (const block of first.keys()) expect(result.current.get(block)).toBe(first.get(block));
  });

  it('of a short article are all there at once', () => {
    const { result } = renderHook(() => useRefsOf(short));
    expect(blocksWithRefs(result.current)).toEqual(blocksWithRefs(buildRefs(short, () => {})));
  });
});

describe("a huge article's reading time", () => {
  it("is counted after the first screen, and is the whole text's", async () => {
    const lines = manyLines(20_000, 'lines-20000');
    const { result } = renderHook(() => useReadingMinutes(lines));
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).toBe(readingMinutes(lines)));
    expect(result.current).toBeGreaterThan(1);
  });

  it('of a short article is known at once', () => {
    const { result } = renderHook(() => useReadingMinutes(short));
    expect(result.current).toBe(readingMinutes(short));
  });
});
