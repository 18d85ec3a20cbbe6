import { describe, expect, it } from 'vitest';
import { foldedWords } from '@/collection/fold';
import { matchRanges } from '@/collection/highlight';
import { createIndex, loadIndex, searchDocOf, searchIndex } from '@/collection/search';
import { extractArticle } from '@/extract/index';

const texts: Record<string, string> = {
  'hai-tinh':
    'Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Văn Nên yêu cầu các sở rà soát đê điều.\n\nÔng Nên cho biết sẽ kiểm tra.\n',
  'mot-ten':
    'Ông Trần Văn Bình, Bộ trưởng Bộ Y tế, đề nghị các bệnh viện giữ vệ sinh.\n\nNguyễn Thị Mai dự họp.\n',
  'dong-bang': 'Nông dân vùng đồng bằng thu hoạch lúa sớm.\n\nBài viết không nêu tên ai.\n',
};

function index() {
  const built = createIndex();
  built.addAll(Object.entries(texts).map(([slug, t]) => searchDocOf(extractArticle(t, { slug }))));
  // Through JSON, as the browser receives it.
  return loadIndex(JSON.stringify(built));
}

describe('search over a collection', () => {
  it('finds accented text from an unaccented query, d included', () => {
    const i = index();
    expect(searchIndex(i, 'nguyen van nen').map((h) => h.slug)[0]).toBe('hai-tinh');
    expect(searchIndex(i, 'NGUYỄN VĂN NÊN').map((h) => h.slug)[0]).toBe('hai-tinh');
    const whole = (q: string) => searchIndex(i, q).map((h) => h.slug);
    expect(whole('dong bang')).toEqual(['dong-bang']);
    expect(whole('de dieu')).toEqual(['hai-tinh']);
  });

  it('finds the articles holding the whole name, not those sharing a syllable of it', () => {
    expect(searchIndex(index(), 'nguyễn văn nên')).toEqual([
      expect.objectContaining({ slug: 'hai-tinh', all: true }),
    ]);
  });

  it('ranks the articles holding every word exactly as MiniSearch does, looking first at the rarest word', () => {
    // Ten articles share the common words; three also name the rarer person, as often as each
    // other word differently, so the order depends on every word's score.
    const built = createIndex();
    built.addAll(
      Array.from({ length: 10 }, (_, i) =>
        searchDocOf(
          extractArticle(
            `Đoàn công tác kiểm tra đê điều ${'tại xã '.repeat(i % 3)}số ${i}.\n\n` +
              (i % 4 === 1 ? `Ông Hồ Văn Khải ${'kiểm tra '.repeat(i % 3)}báo cáo.\n` : 'Xong.\n'),
            { slug: `bai-${i}` },
          ),
        ),
      ),
    );
    const i = loadIndex(JSON.stringify(built));
    for (const q of ['kiem tra khai', 'khai kiem tra de', 'đê điều kiểm tra', 'ho van kha']) {
      const last = foldedWords(q).at(-1)!;
      const own = i.search(foldedWords(q).join(' '), {
        combineWith: 'AND',
        prefix: (t) => t === last && t.length >= 3,
      });
      const ours = searchIndex(i, q);
      expect(ours.map((h) => [h.slug, h.terms])).toEqual(own.map((r) => [r.id, r.terms]));
      expect(ours.length).toBeGreaterThan(0);
    }
    expect(
      searchIndex(i, 'kiem tra khai')
        .map((h) => h.slug)
        .sort(),
    ).toEqual(['bai-1', 'bai-5', 'bai-9']);
  });

  it('falls back to articles holding some of the words when none holds them all', () => {
    const hits = searchIndex(index(), 'nguyen thi nen');
    expect(hits.map((h) => h.slug).sort()).toEqual(['hai-tinh', 'mot-ten']);
    expect(hits.every((h) => !h.all)).toBe(true);
  });

  it('matches the last word as a prefix while typing, and nothing for an empty query', () => {
    expect(searchIndex(index(), 'benh vie').map((h) => h.slug)).toEqual(['mot-ten']);
    // Two letters are not yet a prefix (they would match most words): no article holds both.
    expect(searchIndex(index(), 'benh vi').every((h) => !h.all)).toBe(true);
    expect(searchIndex(index(), ' … ')).toEqual([]);
  });

  it('marks matched words in the original text', () => {
    const title = 'Ông Nguyễn Văn Nên thăm đồng';
    const ranges = matchRanges(title, ['nguyen', 'nen'], ['don']);
    expect(ranges.map((r) => title.slice(r.start, r.end))).toEqual(['Nguyễn', 'Nên', 'đồng']);
  });
});
