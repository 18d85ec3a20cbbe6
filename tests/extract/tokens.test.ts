// The tokenizer reads characters one by one for speed; whatever the text, it must find the same words,
// capitals and acronyms as the regular expressions that define them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '@/extract/tokens';

/** The definition, written as the regular expressions it stands for. */
function reference(text: string) {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+(?:[.'’&-][\p{L}\p{M}\p{N}]+)*/gu)].map((m) => {
    const word = m[0];
    const acronym =
      word.length > 1 && /^[\p{Lu}\p{N}.&-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
    return {
      text: word,
      start: m.index,
      end: m.index + word.length,
      cap: /^\p{Lu}/u.test(word) && !acronym,
      acronym,
    };
  });
}

/** Characters that decide where words start, end and join, and what they are. */
const pieces = fc.constantFrom(
  ...[
    'a',
    'Đ',
    'ư',
    'Ư',
    'B',
    'x',
    '1',
    '٣',
    'Ⅻ',
    '\u0301',
    ' ',
    '.',
    "'",
    '’',
    '&',
    '-',
    ',',
    '/',
  ],
  ...['𝐀', '𝐚', '𠀀', '\ud800', '\udc00', 'ǅ', 'ẞ', '\n', '"', 'HCM', 'TP.', 'NN&PTNT', "O'Neil"],
);

describe('tokenize', () => {
  it('finds the words of a sentence, with capitals and acronyms', () => {
    const words = tokenize('Bí thư Thành ủy TP.HCM và Bộ NN&PTNT, ông Lê-Văn A.');
    expect(words.map((t) => t.text)).toEqual([
      'Bí',
      'thư',
      'Thành',
      'ủy',
      'TP.HCM',
      'và',
      'Bộ',
      'NN&PTNT',
      'ông',
      'Lê-Văn',
      'A',
    ]);
    expect(words.filter((t) => t.acronym).map((t) => t.text)).toEqual(['TP.HCM', 'NN&PTNT']);
    expect(words.filter((t) => t.cap).map((t) => t.text)).toEqual([
      'Bí',
      'Thành',
      'Bộ',
      'Lê-Văn',
      'A',
    ]);
  });

  it('agrees with the regular expressions on any text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 60 }), (text) => {
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });
});
