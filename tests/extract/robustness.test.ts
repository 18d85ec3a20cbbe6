// The extractor never throws, every range it emits slices back to its own text, and its output is a
// valid article, whatever string it is given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Place } from '@/article/schema';
import { checkArticle, describeProblems } from '@/article/validate';
import { extractArticle } from '@/extract';

function placesOf(article: Article): Place[] {
  const { people, directives, awards } = article.entities;
  return [
    ...people.flatMap((p) => [...p.mentions, ...p.roles.flatMap((r) => r.mentions)]),
    ...directives.flatMap((d) => (d.cuePlace ? [d.place, d.cuePlace] : [d.place])),
    ...awards.flatMap((a) => a.mentions),
  ];
}

/** Checks everything a caller relies on, returning a message instead of throwing. */
function problemsWith(article: Article): string | null {
  const checked = checkArticle(article);
  if (!checked.ok) return describeProblems(checked.problems);
  for (const p of placesOf(article)) {
    const block = article.blocks[p.block];
    if (!block || p.end > block.text.length || p.start >= p.end)
      return `bad range ${JSON.stringify(p)}`;
  }
  for (const d of article.entities.directives) {
    const b = article.blocks[d.place.block]!;
    if (b.text.slice(d.place.start, d.place.end) !== d.text)
      return `directive text differs: ${d.text}`;
    if (
      d.cuePlace &&
      b.text.slice(d.cuePlace.start, d.cuePlace.end).toLocaleLowerCase('vi') !==
        d.cue.toLocaleLowerCase('vi')
    ) {
      return `cue differs: ${d.cue}`;
    }
  }
  for (const p of article.entities.people) {
    for (const r of p.roles) {
      for (const m of r.mentions) {
        const block = article.blocks[m.block]!;
        if (!block.text.slice(m.start, m.end).startsWith(r.text.split(' ')[0]!))
          return `role place differs: ${r.text}`;
      }
    }
  }
  return null;
}

const vietnamese = fc.constantFrom(
  'Nguyễn',
  'Văn',
  'Nên',
  'Bí thư',
  'Thành ủy',
  'TP HCM',
  'yêu cầu',
  'phải',
  'cần',
  'Bằng khen',
  'của',
  'trao',
  'cho',
  '8 tập thể',
  'Ảnh:',
  'leftcenterrightdel',
  '“',
  '”',
  '"',
  '.',
  ',',
  '…',
  '\n',
  '\n\n',
  'TP.',
  'PGS.',
  '18/1',
  '1.000',
  '2,5',
  'đồng chí',
  'ông',
  'Theo',
  'Hồ Chí Minh',
  'nhấn mạnh',
  ' - ',
  'Huân chương Lao động hạng Nhất',
  'Chủ tịch UBND tỉnh',
  'Thủ tướng',
  'Tiếp tục',
  '(',
  ')',
  ':',
);
const articleLike = fc.array(vietnamese, { maxLength: 80 }).map((words) => words.join(' '));

describe('extractArticle on any input', () => {
  it('handles arbitrary Unicode', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        (s) => problemsWith(extractArticle(s)) === null,
      ),
      {
        numRuns: 300,
      },
    );
  });

  it('handles article-like word salad', () => {
    fc.assert(
      fc.property(articleLike, (s) => problemsWith(extractArticle(s)) === null),
      { numRuns: 400 },
    );
  });

  it('handles decomposed diacritics the same as composed ones', () => {
    fc.assert(
      fc.property(articleLike, (s) => {
        const composed = extractArticle(s.normalize('NFC'));
        const decomposed = extractArticle(s.normalize('NFD'));
        return JSON.stringify(composed) === JSON.stringify(decomposed);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['empty text', ''],
    ['whitespace only', ' \n\t\n '],
    ['punctuation without text', '.,;:!?…“”"()[]–-'.repeat(200)],
    ['text without punctuation', 'bí thư yêu cầu các đơn vị khẩn trương thực hiện '.repeat(500)],
    ['a very long line', `Ông Trần Văn An yêu cầu ${'rà soát, '.repeat(20000)}xong.`],
    [
      'control characters and a byte-order mark',
      '\ufeffÔng\u0000 Lê\u0007 Văn An\r\nyêu cầu.\u2028Xong.',
    ],
    ['lone surrogates', 'Ông Lê \ud800 Văn An yêu cầu \udc00 làm.'],
    ['an office right after a level word', 'Chủ tịch UBND tỉnh Bí thư Nguyễn Nguyễn'],
  ])('handles %s', (_, text) => {
    expect(problemsWith(extractArticle(text))).toBeNull();
  });

  it('finishes on 1 MB of capitalised syllables without punctuation', () => {
    const syllables = ['Nguyễn', 'Văn', 'Bí', 'Thư', 'Hồ', 'Chí', 'Minh', 'Trần'];
    const text = Array.from(
      { length: 200_000 },
      (_, i) => syllables[(i * 7) % syllables.length],
    ).join(' ');
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(1_000_000);
    const article = extractArticle(text);
    expect(problemsWith(article)).toBeNull();
  });
});
