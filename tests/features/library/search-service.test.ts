// The worker's side of the search: what it answers for a query, and how it treats an index that
// cannot be had (the network may come back; a missing or damaged file stays so until reloaded).
import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '@/extract';
import { createSearchService } from '@/features/library/api/search-service';
import { collectionFiles } from '@/testing/collection-files';
import { fakeFetch } from '@/testing/render-app';

const files = collectionFiles([
  extractArticle(
    'Ngày 2/4/2024, Giám đốc Sở Y tế Đoàn Minh Khôi thăm trạm y tế xã.\n\nTrạm mới xây.\n',
    {
      slug: 'tram-y-te',
    },
  ),
  extractArticle('Ngày 6/4/2024, xã khánh thành trường mẫu giáo.\n\nTrường có sân chơi rộng.\n', {
    slug: 'truong-mau-giao',
  }),
]);
const urls = ['http://localhost/articles/search/index.json'];

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the search service', () => {
  it('answers with the articles holding every word, else those holding some, and the words matched', async () => {
    vi.stubGlobal('fetch', vi.fn(fakeFetch(files)));
    const handle = createSearchService();
    expect(await handle({ id: 1, urls, query: null })).toEqual({ id: 1, ok: true, found: null });
    const both = await handle({ id: 2, urls, query: 'tram y te' });
    expect(both).toMatchObject({ ok: true, found: { every: ['tram-y-te'], some: [] } });
    const some = await handle({ id: 3, urls, query: 'truong khoi' });
    expect(some).toMatchObject({ ok: true, found: { every: [] } });
    if (!some.ok) throw new Error('no answer');
    expect(new Set(some.found!.some)).toEqual(new Set(['tram-y-te', 'truong-mau-giao']));
    expect(some.found!.terms).toEqual(expect.arrayContaining(['truong', 'khoi']));
  });

  it('tries the network again on the next request, but not a missing file', async () => {
    const fetch = vi.fn(fakeFetch(files)).mockRejectedValueOnce(new TypeError('offline'));
    vi.stubGlobal('fetch', fetch);
    const handle = createSearchService();
    expect(await handle({ id: 1, urls, query: 'tram' })).toMatchObject({
      ok: false,
      failure: { kind: 'network' },
    });
    expect(await handle({ id: 2, urls, query: 'tram' })).toMatchObject({ ok: true });

    const missing = vi.fn(fakeFetch({}));
    vi.stubGlobal('fetch', missing);
    const other = createSearchService();
    for (const id of [1, 2])
      expect(await other({ id, urls, query: 'tram' })).toMatchObject({
        ok: false,
        failure: { kind: 'missing' },
      });
    expect(missing).toHaveBeenCalledTimes(1);
  });

  it('answers a query it answered lately from memory, with or without tone marks', async () => {
    vi.stubGlobal('fetch', vi.fn(fakeFetch(files)));
    const handle = createSearchService();
    const lookups = vi.spyOn(MiniSearch.prototype, 'search');
    const first = await handle({ id: 1, urls, query: 'trạm y tế' });
    const asked = lookups.mock.calls.length;
    expect(asked).toBeGreaterThan(0);
    const again = await handle({ id: 2, urls, query: 'TRAM Y TE' });
    expect(again).toEqual({ ...first, id: 2 });
    expect(lookups.mock.calls.length).toBe(asked);
    await handle({ id: 3, urls, query: 'truong' });
    expect(lookups.mock.calls.length).toBeGreaterThan(asked);
  });
});
