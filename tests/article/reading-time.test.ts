// The reading time in the article's header: words are runs of characters between any whitespace
// JavaScript knows, Vietnamese letters with their diacritics included.
import { describe, expect, it } from 'vitest';
import type { Article } from '@/article/schema';
import { isSpace, readingMinutes } from '@/article/selection';

const withText = (...texts: string[]) =>
  ({
    blocks: texts.map((text, i) => ({ id: `b${i}`, type: 'paragraph', text })),
  }) as unknown as Article;

describe('the reading time', () => {
  it('treats exactly the characters of \\s as spaces', () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isSpace(code), `U+${code.toString(16)}`).toBe(/\s/u.test(String.fromCharCode(code)));
    }
  });

  it('counts 200 words a minute, whatever separates them, and is never under a minute', () => {
    const words = Array.from({ length: 300 }, (_, i) => `Đường${i}`);
    // Spaces, a non-breaking space, an ideographic space and line breaks all separate words.
    const text = words
      .join(' ')
      .replace('Đường1 ', 'Đường1\u00a0')
      .replace('Đường2 ', 'Đường2\u3000');
    expect(readingMinutes(withText(text, words.join('\n')))).toBe(3);
    expect(readingMinutes(withText('Hạng mục một: đã xong.'))).toBe(1);
  });
});
