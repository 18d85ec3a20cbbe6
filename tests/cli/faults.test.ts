// The CLI under faults (issue 15): nothing lost silently, one bad input never stops the others, and
// every refusal is one line on stderr with exit code 2, never a stack trace or a hang.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkArticle } from '@/article/validate';
import { ingest, scratch, SEED, write } from './support';

// Each case starts the CLI once or twice, on a machine shared with other work.
vi.setConfig({ testTimeout: 30_000 });

let dir: string;
let out: string;
beforeEach(() => {
  dir = scratch();
  out = join(dir, 'out');
});
afterEach(() => {
  chmodSync(dir, 0o777);
  rmSync(dir, { recursive: true, force: true });
});

const text = (topic: string) =>
  `Sáng 2/3, Chủ tịch UBND tỉnh Lê Văn An chủ trì họp bàn về ${topic}.\n\nÔng Lê Văn An yêu cầu các sở hoàn thành báo cáo về ${topic} trước ngày 15/3.\n\nThu Hà`;
const articles = () =>
  readdirSync(out)
    // Article files only: not the index, the collection's folders or the ingest's state.
    .filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.startsWith('.'))
    .sort();
const read = (file: string) => JSON.parse(readFileSync(join(out, file), 'utf8')) as never;
const leadOf = (file: string) => (read(file) as { lead: string }).lead;
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /mu);

describe('inputs whose names give the same slug', () => {
  it('each becomes its own article, in the same file on every run', () => {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    const inputs = [
      write(join(dir, 'a', 'same.txt'), text('đê điều')),
      write(join(dir, 'b', 'same.txt'), text('trường học')),
      write(join(dir, 'b', 'Same.TXT'), text('bệnh viện')),
      write(join(dir, 'a b.txt'), text('giao thông')),
      write(join(dir, 'a-b.txt'), text('nước sạch')),
      write(join(dir, '新闻.txt'), text('rừng phòng hộ')),
      write(join(dir, '한국.txt'), text('cảng biển')),
      write(join(dir, '-.txt'), text('chợ đầu mối')),
    ];
    const first = ingest([...inputs, '--out', out]);
    expect(first.code).toBe(0);
    noStackTrace(first.stderr);
    expect(articles()).toHaveLength(inputs.length);
    const mapping = Object.fromEntries(articles().map((f) => [f, leadOf(f)]));
    expect(new Set(Object.values(mapping)).size).toBe(inputs.length);

    // Again, with the inputs named in another order: every article stays in its file.
    rmSync(out, { recursive: true });
    expect(ingest([...inputs].reverse().concat('--out', out)).code).toBe(0);
    expect(Object.fromEntries(articles().map((f) => [f, leadOf(f)]))).toEqual(mapping);
    // Readable: each keeps the slug of its name, with a suffix of its own.
    expect(articles().map((f) => f.replace(/-[0-9a-f]{6}\.json$/u, ''))).toEqual([
      ...['a-b', 'a-b', 'article', 'article', 'article', 'same', 'same', 'same'],
    ]);
  });
});

describe('one bad input among good ones', () => {
  it('a broken symbolic link in a folder: one line, exit 2, the rest written', () => {
    const folder = join(dir, 'in');
    mkdirSync(folder);
    write(join(folder, 'good.txt'), text('đê điều'));
    symlinkSync(join(folder, 'gone.txt'), join(folder, 'link.txt'));
    const r = ingest([folder, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.linesAbout('link.txt')).toEqual([expect.stringMatching(/symbolic link/)]);
    expect(articles()).toEqual(['good.json']);
    noStackTrace(r.stderr);
  });

  it('a folder that cannot be read: one line, exit 2, the other inputs written', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    write(join(locked, 'hidden.txt'), text('đê điều'));
    chmodSync(locked, 0o000);
    const r = ingest([locked, SEED, '--out', out], { unprivileged: true });
    expect(r.code).toBe(2);
    expect(r.linesAbout(locked)).toEqual([expect.stringMatching(/could not be read: EACCES/)]);
    expect(articles()).toEqual(['tphcm-to-chuc-xay-dung-dang-2022.json']);
    noStackTrace(r.stderr);
  });

  it.each([
    ['/dev/zero', () => '/dev/zero'],
    ['a named pipe', () => fifo(join(dir, 'pipe.txt'))],
  ])('%s is not read (it would never end): one line, exit 2, the rest written', (_, make) => {
    const special = make();
    const r = ingest([special, SEED, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.linesAbout(special)).toEqual([expect.stringMatching(/Not a regular file/)]);
    expect(articles()).toEqual(['tphcm-to-chuc-xay-dung-dang-2022.json']);
  });

  it('a named pipe inside a folder is refused by name and the folder still goes through', () => {
    const folder = join(dir, 'in');
    mkdirSync(folder);
    write(join(folder, 'good.txt'), text('đê điều'));
    fifo(join(folder, 'pipe.txt'));
    const r = ingest([folder, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.linesAbout('pipe.txt')).toHaveLength(1);
    expect(articles()).toEqual(['good.json']);
  });
});

describe('an --out that cannot take the articles', () => {
  it.each([
    ['is a file', () => write(join(dir, 'file'), 'x'), /not a folder/],
    ['is under a file', () => join(write(join(dir, 'file'), 'x'), 'sub'), /not a folder/],
    ['is a read-only folder', () => readOnly(join(dir, 'ro')), /cannot be written: EACCES/],
    ['is under a read-only folder', () => join(readOnly(join(dir, 'ro')), 'sub'), /EACCES/],
  ])('%s: one line, exit 2, nothing changed', (_, make, reason) => {
    const target = make();
    const r = ingest([SEED, '--out', target], { unprivileged: true });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(reason)]);
    noStackTrace(r.stderr);
  });
});

describe('UTF-16 text with a byte order mark', () => {
  it.each([
    [
      'little-endian',
      'utf16le.txt',
      (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]),
    ],
    [
      'big-endian',
      'utf16be.txt',
      (s: string) => Buffer.from([0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()]),
    ],
  ])('is decoded (%s), giving the same article as UTF-8', (_, name, encode) => {
    const utf8 = write(join(dir, 'utf8.txt'), text('đê điều'));
    const utf16 = write(join(dir, name), encode(text('đê điều')));
    const r = ingest([utf8, utf16, '--out', out]);
    expect(r.code).toBe(0);
    const [a, b] = [read('utf8.json'), read(name.replace('.txt', '.json'))] as Record<
      string,
      unknown
    >[];
    expect(checkArticle(b).ok).toBe(true);
    expect({ ...b, slug: 'x', source: null }).toEqual({ ...a, slug: 'x', source: null });
  });
});

function fifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

function readOnly(path: string): string {
  mkdirSync(path);
  chmodSync(path, 0o555);
  return path;
}
