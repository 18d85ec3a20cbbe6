import { describe, expect, it } from 'vitest';
import { checkEntries } from '@/collection/check';
import { countFacet, matches } from '@/collection/filters';
import type { Entry } from '@/collection/schema';

const entry = (slug: string, over: Partial<Entry> = {}): Entry => ({
  slug,
  title: slug,
  date: '2024-05-01',
  lead: '',
  source: 'bao-tinh',
  counts: { people: 1, directives: 1, awards: 0 },
  people: ['tran-van-binh'],
  issuers: [],
  kinds: [],
  ...over,
});

const entries = [
  entry('a', { issuers: ['tran-van-binh'], kinds: ['Bằng khen'] }),
  entry('b', { date: '2023-01-10', source: 'thong-tan' }),
  entry('c', { date: null, people: ['le-thi-ha'] }),
];

describe('library filters', () => {
  it('combine: person and date range and source narrow together', () => {
    const keep = (f: Parameters<typeof matches>[1]) =>
      entries.filter((e) => matches(e, f)).map((e) => e.slug);
    expect(keep({ person: 'tran-van-binh' })).toEqual(['a', 'b']);
    expect(keep({ person: 'tran-van-binh', from: '2024-01-01' })).toEqual(['a']);
    expect(keep({ to: '2023-12-31' })).toEqual(['b']);
    expect(keep({ source: 'thong-tan', kind: 'Bằng khen' })).toEqual([]);
    expect(keep({ issuer: 'tran-van-binh', kind: 'Bằng khen' })).toEqual(['a']);
  });

  it('count each value over the current results, largest first', () => {
    expect(countFacet(entries, 'person')).toEqual([
      { value: 'tran-van-binh', label: 'tran-van-binh', count: 2 },
      { value: 'le-thi-ha', label: 'le-thi-ha', count: 1 },
    ]);
    expect(countFacet(entries, 'source', (v) => v.toUpperCase())[0]).toEqual({
      value: 'bao-tinh',
      label: 'BAO-TINH',
      count: 2,
    });
  });

  it('keep every good entry of a page and say what is wrong with a bad one', () => {
    const checked = checkEntries([entries[0], { ...entries[1], slug: '../evil' }, entries[2], 42]);
    expect(checked.entries.map((e) => e.slug)).toEqual(['a', 'c']);
    expect(checked.bad).toHaveLength(2);
    expect(checked.bad[0]).toMatchObject({ index: 1, name: '../evil' });
    expect(checked.bad[0]!.problem).toMatch(/slug/);
  });
});
