// @vitest-environment jsdom
// One reader for both doors: the same files through the CLI (Node, linkedom) and through the import
// page's reader (browser, DOMParser) give the same article JSON, byte for byte.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleFromInput } from '@/features/import/api/read-input';
import { seed } from '../app/fixtures';
import { ingest, scratch, SEED, write } from '../cli/support';

vi.setConfig({ testTimeout: 30_000 });

const PAGE = readFileSync('tests/fixtures/html/news-page.html');
const SEED_TEXT = readFileSync(SEED);
const utf16le = (bytes: Buffer) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);

// name -> bytes: a text, a saved page, a page saved under a .txt name, UTF-16 and BOM-marked UTF-8,
// and an article JSON.
const FILES: Record<string, Buffer> = {
  'seed.txt': SEED_TEXT,
  'news-page.html': PAGE,
  'saved-page.txt': PAGE,
  'seed-utf16.txt': utf16le(SEED_TEXT),
  'seed-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SEED_TEXT]),
  'kept.json': Buffer.from(JSON.stringify(seed)),
};

let dir: string;
beforeAll(() => {
  dir = scratch();
  const paths = Object.entries(FILES).map(([name, bytes]) => write(join(dir, name), bytes));
  const run = ingest([...paths, '--out', join(dir, 'out')]);
  expect(run.code).toBe(0);
  expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/wrote 6 article/u)]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI and the import page read a file the same way', () => {
  it.each(Object.keys(FILES))('%s', async (name) => {
    const fromCli = readFileSync(join(dir, 'out', name.replace(/\.\w+$/u, '.json')), 'utf8');
    const file = new File([new Uint8Array(FILES[name]!)], name);
    const fromPage = await articleFromInput({ kind: 'file', file });
    expect(`${JSON.stringify(fromPage)}\n`).toBe(fromCli);
  });

  it('a saved page keeps its byline and headline, whatever its name says', () => {
    const json = (name: string) => JSON.parse(readFileSync(join(dir, 'out', name), 'utf8'));
    const page = json('news-page.json');
    expect(page.byline).not.toBeNull();
    expect(page.titleDerived).toBe(false);
    expect({ ...json('saved-page.json'), slug: '', source: null }).toEqual({
      ...page,
      slug: '',
      source: null,
    });
  });
});
