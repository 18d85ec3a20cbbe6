// The lexicons list each word form once and match it whatever the case of its first letter, so a
// sentence that opens with a place word or an honorific reads like one in running text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMIN_WORDS, HONORIFICS, PLACE_WORDS } from '@/extract/lexicon/names';

describe('name lexicons', () => {
  it('match a word opening a sentence and the same word inside one', () => {
    for (const [set, word] of [
      [PLACE_WORDS, 'quận'],
      [PLACE_WORDS, 'bảo tàng'],
      [ADMIN_WORDS, 'huyện'],
      [HONORIFICS, 'bác sĩ'],
    ] as const) {
      expect(set.has(word)).toBe(true);
      expect(set.has(word[0]!.toUpperCase() + word.slice(1))).toBe(true);
    }
  });

  it('keep acronyms as written', () => {
    expect(PLACE_WORDS.has('THPT')).toBe(true);
    expect(PLACE_WORDS.has('tHPT')).toBe(false);
  });

  it('list no word form twice with only its first letter changed', () => {
    const source = readFileSync('src/extract/lexicon/names.ts', 'utf8');
    const lists = [...source.matchAll(/caseVariants\(\[([^\]]*)\]\)/gu)].map((m) =>
      [...m[1]!.matchAll(/'([^']+)'/gu)].map((w) => w[1]!),
    );
    expect(lists).toHaveLength(4);
    const twins = lists.flatMap((words) =>
      words.filter(
        (w) => /^\p{Lu}\P{Lu}/u.test(w) && words.includes(w[0]!.toLowerCase() + w.slice(1)),
      ),
    );
    expect(twins).toEqual([]);
  });
});
