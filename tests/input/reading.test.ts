// How the reader decides what an input is and how it is encoded, case by case.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/extract';
import { InputFailure, readArticle, slugFromName, type InputProblem } from '@/input';

const deps = {
  extract: extractArticle,
  parseHtml: (html: string) => parseHTML(html).document as unknown as Document,
};
const TEXT =
  'Sáng 2/3, Chủ tịch UBND tỉnh Lê Văn An yêu cầu các sở báo cáo trước ngày 15/3.\n\nThu Hà';
const PAGE = `<!doctype html><html><head><title>Họp bàn về đê điều</title></head><body><article>${'<p>Chủ tịch UBND tỉnh Lê Văn An yêu cầu các sở rà soát đê điều, hoàn thành trước mùa mưa bão năm nay.</p>'.repeat(4)}</article></body></html>`;
const bytes = (s: string) => new TextEncoder().encode(s);
const problemOf = (input: Parameters<typeof readArticle>[0]) =>
  readArticle(input, deps).then(
    () => null,
    (err: unknown) => (err instanceof InputFailure ? err.problem : err),
  );

describe('what an input is', () => {
  it('reads a page saved under a .txt or .json name as a page', async () => {
    for (const name of ['page.txt', 'page.json']) {
      const article = await readArticle({ name, bytes: bytes(PAGE) }, deps);
      expect(article.title).toBe('Họp bàn về đê điều');
      expect(article.blocks.some((b) => b.text.includes('<p>'))).toBe(false);
    }
  });

  it('reads a plain text named .html as text, not as an empty page', async () => {
    const article = await readArticle({ name: 'note.html', bytes: bytes(TEXT) }, deps);
    expect(article.entities.people.map((p) => p.name)).toContain('Lê Văn An');
  });

  it('names the bad field of a broken article .json', async () => {
    const problem = await problemOf({ name: 'a.json', bytes: bytes('{"schemaVersion":1}') });
    expect(problem).toMatchObject({ code: 'badJson' });
  });
});

describe('encodings', () => {
  const utf16 = (s: string, bigEndian: boolean) => {
    const le = Buffer.from(s, 'utf16le');
    return new Uint8Array([
      ...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]),
      ...(bigEndian ? le.swap16() : le),
    ]);
  };
  it.each([
    ['UTF-8', bytes(TEXT)],
    ['UTF-8 with a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(TEXT)])],
    ['UTF-16 LE with a byte order mark', utf16(TEXT, false)],
    ['UTF-16 BE with a byte order mark', utf16(TEXT, true)],
  ])('decodes %s to the same text', async (_, data) => {
    const article = await readArticle({ name: 'a.txt', bytes: data }, deps);
    expect(article.blocks[0]!.text.startsWith('Sáng 2/3')).toBe(true);
  });

  it.each<[string, Uint8Array, InputProblem['code']]>([
    ['UTF-16 without its mark', new Uint8Array(Buffer.from(TEXT, 'utf16le')), 'binary'],
    [
      'UTF-32 (which browsers do not decode)',
      new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]),
      'binary',
    ],
    ['UTF-16 cut in the middle of a character', new Uint8Array([0xff, 0xfe, 0x41]), 'encoding'],
    ['Latin-1', new Uint8Array([0x48, 0xe0, 0x20, 0xff]), 'encoding'],
  ])('refuses %s, saying why', async (_, data, code) => {
    expect(await problemOf({ name: 'a.txt', bytes: data })).toMatchObject({ code });
  });
});

describe('slugs from names', () => {
  it.each([
    ['Lắng nghe, đối thoại.txt', 'lang-nghe-doi-thoai'],
    ['folder/Bài 1.TXT', 'bai-1'],
    ['新闻.txt', expect.stringMatching(/^article-[0-9a-f]{6}$/u)],
  ])('%s -> %s', (name, slug) => {
    expect(slugFromName(name)).toEqual(slug);
  });

  it('gives names without Latin letters slugs of their own', () => {
    expect(slugFromName('新闻.txt')).not.toBe(slugFromName('한국.txt'));
  });
});
