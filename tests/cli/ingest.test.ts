// The ingest CLI as a caller meets it: a child process, its files, its stderr and exit code.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkArticle, checkArticleIndex } from '@/article/validate';
import { ingest as run, SEED } from './support';

// Each case starts the CLI once or twice, on a machine shared with other work.
vi.setConfig({ testTimeout: 30_000 });
const ingest = (...args: string[]) => run(args);

let dir: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'docbao-ingest-'));
  out = join(dir, 'out');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

describe('npm run ingest', { timeout: 20_000 }, () => {
  it('writes a valid article per text and an index listing them', () => {
    const r = ingest(SEED, '--out', out);
    expect(r.code).toBe(0);
    const article = checkArticle(json(join(out, 'tphcm-to-chuc-xay-dung-dang-2022.json')));
    expect(article.ok).toBe(true);
    const index = checkArticleIndex(json(join(out, 'index.json')));
    expect(index.ok && index.value.articles.map((a) => a.slug)).toEqual([
      'tphcm-to-chuc-xay-dung-dang-2022',
    ]);
  });

  it('prints one article with --stdout and writes nothing', () => {
    const r = ingest(SEED, '--stdout', '--out', out);
    expect(r.code).toBe(0);
    expect(checkArticle(JSON.parse(r.stdout)).ok).toBe(true);
    expect(() => readdirSync(out)).toThrow();
  });

  it.each([
    ['a missing path', () => join(dir, 'nope.txt'), /No such file/],
    ['an empty file', () => write('empty.txt', ''), /nothing to read/],
    ['a file of blank lines', () => write('blank.txt', '\n  \n\t\n'), /nothing to read/],
    ['a binary file', () => write('bin.txt', Buffer.from([0x89, 0x50, 0x00, 0x01])), /binary/],
    ['invalid UTF-8', () => write('latin1.txt', Buffer.from([0x48, 0xe0, 0x20, 0xff])), /UTF-8/],
    ['a text over 5 MB', () => write('huge.txt', 'Chữ. '.repeat(1_100_000)), /5 MB/],
    ['a directory without texts', () => emptyDir(), /no \.txt or \.html files/],
  ])('refuses %s with exit code 2 and one line naming the file', (_, make, reason) => {
    const bad = make();
    const r = ingest(bad, SEED, '--out', out);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.includes(bad));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
    // The good input alongside it still went through.
    expect(readdirSync(out)).toContain('tphcm-to-chuc-xay-dung-dang-2022.json');
  });

  it('leaves earlier output intact when a later run refuses its input', () => {
    expect(ingest(SEED, '--out', out).code).toBe(0);
    const before = readFileSync(join(out, 'tphcm-to-chuc-xay-dung-dang-2022.json'), 'utf8');
    const indexBefore = readFileSync(join(out, 'index.json'), 'utf8');
    // Same base name as the seed, but binary: it must not replace the good file.
    const sameName = join(dir, 'tphcm-to-chuc-xay-dung-dang-2022.txt');
    writeFileSync(sameName, Buffer.from([0, 1, 2, 3]));
    const r = ingest(sameName, write('empty.txt', ''), '--out', out);
    expect(r.code).toBe(2);
    expect(readFileSync(join(out, 'tphcm-to-chuc-xay-dung-dang-2022.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe(indexBefore);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps a damaged file in the folder out of the index without touching it', () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'broken.json'), '{"schemaVersion":');
    expect(ingest(SEED, '--out', out).code).toBe(0);
    expect(readFileSync(join(out, 'broken.json'), 'utf8')).toBe('{"schemaVersion":');
    const index = checkArticleIndex(json(join(out, 'index.json')));
    expect(index.ok && index.value.articles).toHaveLength(1);
  });

  it('refuses an unknown option with exit code 2', () => {
    const r = ingest(SEED, '--frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option --frobnicate/);
  });
});

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function emptyDir(): string {
  const path = join(dir, 'nothing-here');
  mkdirSync(path);
  writeFileSync(join(path, 'notes.md'), '# not an article');
  return path;
}
