import { describe, expect, it } from 'vitest';
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
