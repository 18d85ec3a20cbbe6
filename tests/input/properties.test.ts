// Properties of the input reader and the slug maker, over inputs no one would think to write:
// any input is either one checked article or one clear refusal, and no two inputs of a run share
// an output file, whatever order they come in.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '@/article/validate';
import { extractArticle } from '@/extract';
import { InputFailure, planSlugs, readArticle, type RawInput } from '@/input';

const deps = {
  extract: extractArticle,
  parseHtml: (html: string) => parseHTML(html).document as unknown as Document,
};

/** Resolves to 'article' or 'refused'; anything else (a crash, a wrong shape) fails the property. */
async function outcome(input: RawInput): Promise<'article' | 'refused'> {
  try {
    const article = await readArticle(input, deps);
    expect(checkArticle(article).ok).toBe(true);
    return 'article';
  } catch (err) {
    if (err instanceof InputFailure) return 'refused';
    throw err;
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string) => {
  const bytes = new Uint8Array(2 + s.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++)
    bytes.set([s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8], 2 + i * 2);
  return bytes;
};
const texts = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        'Ông ',
        'Nguyễn Văn An ',
        'yêu cầu ',
        'Bằng khen ',
        '.\n\n',
        '<p>',
        '</p>',
        '{',
        '"',
        '}',
        '\u0000',
        '\uFEFF',
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
);
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  texts.map(utf8),
  texts.map(utf16),
  texts.map((s) => new Uint8Array([0xfe, 0xff, ...utf8(s)])),
);
const names = fc.oneof(
  fc.constantFrom('a.txt', 'b.html', 'c.htm', 'd.json', 'e', 'F.TXT', '新闻.txt', '-.json'),
  fc.string({ maxLength: 20 }),
);

describe('the input reader', () => {
  // Both outcomes must occur, or the property would hold vacuously.
  it('gives one checked article or one refusal for any file', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(names, bytes, async (name, data) => {
        seen.add(await outcome({ name, bytes: data }));
      }),
      { numRuns: 150 },
    );
    expect([...seen].sort()).toEqual(['article', 'refused']);
  });

  it('gives one checked article or one refusal for any pasted text', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(texts, async (text) => {
        seen.add(await outcome({ text }));
      }),
      { numRuns: 150 },
    );
    expect([...seen].sort()).toEqual(['article', 'refused']);
  });
});

const segment = fc.oneof(
  fc.constantFrom('a', 'b', 'same', 'Same', 'a b', 'a-b', '新闻', '한국', '-', 'x', 'x-a', 'A'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((s) => !/[/\\]/u.test(s)),
);
const paths = fc.uniqueArray(
  fc
    .tuple(
      fc.array(segment, { maxLength: 2 }),
      segment,
      fc.constantFrom('.txt', '.TXT', '.html', ''),
    )
    .map(([dirs, name, ext]) => [...dirs, name + ext].join('/')),
  { maxLength: 25 },
);

describe('the slug plan', () => {
  it('gives every input a file of its own, with a slug fit for a URL', () => {
    fc.assert(
      fc.property(paths, (list) => {
        const slugs = [...planSlugs(list).values()];
        expect(slugs).toHaveLength(list.length);
        expect(new Set(slugs).size).toBe(list.length);
        for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
      }),
    );
  });

  it('gives each input the same slug whatever order the inputs come in', () => {
    fc.assert(
      fc.property(
        paths.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(planSlugs(shuffled)).toEqual(planSlugs(list));
        },
      ),
    );
  });
});
