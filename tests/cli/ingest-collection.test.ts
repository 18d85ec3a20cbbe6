// The ingest writes a collection: library pages, people, search; it is incremental by content hash
// and removes the article of an input that is gone, saying so.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkEntries } from '@/collection/check';
import { manifestSchema, personDetailSchema } from '@/collection/schema';
import { loadIndex, searchIndex } from '@/collection/search';

const TSX = join('node_modules', '.bin', 'tsx');
const ingest = (...args: string[]) => {
  const run = spawnSync(TSX, ['src/cli/ingest.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, stderr: run.stderr };
};

const TEXTS = {
  'bao-tinh/ve-sinh.txt':
    'Ngày 4/4/2024, Chủ tịch UBND tỉnh Phú Thọ Hoàng Minh Tâm yêu cầu các xã giữ vệ sinh môi trường.\n\nÔng Hoàng Minh Tâm trao Bằng khen cho 3 tập thể.\n',
  'bao-tinh/giao-thong.txt':
    'Ngày 8/5/2024, Chủ tịch UBND tỉnh Phú Thọ Hoàng Minh Tâm đề nghị Sở Giao thông vận tải sửa cầu.\n\nCầu cũ đã xuống cấp.\n',
  'thong-tan/y-te.txt':
    'Ngày 1/3/2023, Bộ trưởng Bộ Y tế Đỗ Thị Yến chỉ đạo các bệnh viện chuẩn bị thuốc.\n\nBà Đỗ Thị Yến nói thêm về mùa dịch.\n',
};

let dir: string;
let input: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'docbao-collection-'));
  input = join(dir, 'in');
  out = join(dir, 'out');
  for (const [name, text] of Object.entries(TEXTS)) {
    mkdirSync(join(input, name.split('/')[0]!), { recursive: true });
    writeFileSync(join(input, name), text);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const json = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8')) as unknown;
const manifest = () => manifestSchema.parse(json('library/manifest.json'));
const entries = () =>
  checkEntries((json('library/page-1.json') as { entries: unknown[] }).entries).entries;

describe('ingest into a collection', { timeout: 30_000 }, () => {
  it('writes the library pages, people and search, with the outlet folder as source', () => {
    expect(ingest(input, '--out', out).code).toBe(0);
    expect(manifest()).toMatchObject({ articles: 3, pages: 1 });
    expect(entries().map((e) => [e.slug, e.source])).toEqual([
      ['giao-thong', 'bao-tinh'],
      ['ve-sinh', 'bao-tinh'],
      ['y-te', 'thong-tan'],
    ]);
    const person = personDetailSchema.parse(json('person/hoang-minh-tam.json'));
    expect(person.articles.map((a) => a.slug)).toEqual(['ve-sinh', 'giao-thong']);
    expect(person.directives).toHaveLength(2);
    const index = loadIndex(readFileSync(join(out, 'search/index.json'), 'utf8'));
    expect(searchIndex(index, 'do thi yen')[0]?.slug).toBe('y-te');
  });

  it('does not extract an unchanged input again, and does a changed one', () => {
    ingest(input, '--out', out);
    const again = ingest(input, '--out', out);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/wrote 0 article\(s\).*3 unchanged/);
    writeFileSync(
      join(input, 'thong-tan/y-te.txt'),
      TEXTS['thong-tan/y-te.txt'].replace('thuốc', 'giường bệnh'),
    );
    const changed = ingest(input, '--out', out);
    expect(changed.stderr).toMatch(/wrote 1 article\(s\).*2 unchanged/);
    expect(JSON.stringify(json('y-te.json'))).toContain('giường bệnh');
  });

  it('rebuilds nothing on an unchanged run, and rebuilds a collection file deleted by hand', () => {
    ingest(input, '--out', out);
    const written = statSync(join(out, 'library/manifest.json')).mtimeMs;
    const again = ingest(input, '--out', out);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/holds 3 \(nothing changed/);
    expect(statSync(join(out, 'library/manifest.json')).mtimeMs).toBe(written);
    rmSync(join(out, 'person/hoang-minh-tam.json'));
    const repaired = ingest(input, '--out', out);
    expect(repaired.stderr).not.toMatch(/nothing changed/);
    expect(personDetailSchema.parse(json('person/hoang-minh-tam.json')).articles).toHaveLength(2);
  });

  it('removes the article of an input that is gone, and says so', () => {
    ingest(input, '--out', out);
    rmSync(join(input, 'bao-tinh/giao-thong.txt'));
    const r = ingest(input, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/giao-thong\.txt is gone: removed giao-thong\.json/);
    expect(existsSync(join(out, 'giao-thong.json'))).toBe(false);
    expect(manifest().articles).toBe(2);
    expect(entries().map((e) => e.slug)).not.toContain('giao-thong');
  });

  it('leaves articles of other inputs alone when ingesting one folder', () => {
    ingest(join(input, 'bao-tinh'), '--out', out);
    ingest(join(input, 'thong-tan'), '--out', out);
    expect(manifest().articles).toBe(3);
  });

  it('exports people, directives and awards as CSV and JSON Lines that parse', () => {
    ingest(input, '--out', out);
    const r = spawnSync(TSX, ['scripts/export.ts', out, '--to', join(dir, 'x')], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const rows = readFileSync(join(dir, 'x/docbao-export.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, string>);
    expect(rows).toContainEqual(
      expect.objectContaining({
        item: 'directive',
        slug: 'y-te',
        date: '2023-03-01',
        source: 'thong-tan',
        person: 'Đỗ Thị Yến',
        role: 'Bộ trưởng Bộ Y tế',
      }),
    );
    expect(rows.some((row) => row.item === 'award' && row.kind === 'Bằng khen')).toBe(true);
    const csv = readFileSync(join(dir, 'x/docbao-export.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('\uFEFFitem,slug,title,date,source,person,role,text,kind,recipient');
    expect(csv.filter(Boolean)).toHaveLength(rows.length + 1);
  });

  it('refuses to export a folder without articles, with one line and exit code 2', () => {
    mkdirSync(out);
    const r = spawnSync(TSX, ['scripts/export.ts', out], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no article JSON/);
  });
});
