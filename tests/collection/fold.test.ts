import { describe, expect, it } from 'vitest';
import { fold, foldedWords, keyOf, words } from '@/collection/fold';

describe('folding as readers type', () => {
  it('drops tone marks and writes đ as d, in both cases', () => {
    expect(fold('Nguyễn Văn Nên')).toBe('nguyen van nen');
    expect(fold('ĐỒNG CHÍ Đặng')).toBe('dong chi dang');
    expect(fold('ương ướt ở')).toBe('uong uot o');
  });

  it('gives word ranges into the original text, even in decomposed text', () => {
    const text = 'Ông Đặng Thị Hà.';
    expect(words(text).map((w) => text.slice(w.start, w.end))).toEqual([
      'Ông',
      'Đặng',
      'Thị',
      'Hà',
    ]);
    const nfd = 'Hà Nội'.normalize('NFD');
    expect(foldedWords(nfd)).toEqual(['ha', 'noi']);
  });

  it('makes readable keys', () => {
    expect(keyOf('Nguyễn Văn Nên')).toBe('nguyen-van-nen');
    expect(keyOf('…')).toBe('x');
  });
});
