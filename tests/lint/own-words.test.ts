// The repository is written in its own words: no run of 14 words from a real article in ../shared (gold or
// corpus) appears in the code, tests, fixtures or docs. Official titles and set phrases are shorter than
// that; a copied sentence is not. The seed article is the project's own and is left out. Skips without
// ../shared, like the other tests that read it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RUN = 14;
const SHARED = ['../shared/gold/dev', '../shared/corpus'];
const SEED = '../shared/gold/dev/seed.txt';
const OURS = [
  'src',
  'tests',
  'docs',
  'scripts',
  'content',
  'public',
  'README.md',
  'CONTRIBUTING.md',
];
const TEXT = /\.(ts|tsx|js|mjs|json|txt|md|html|css|tsv|csv)$/;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{M}]+|\d+/gu) ?? [];

function runs(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return TEXT.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) =>
    name === 'node_modules' ? [] : files(join(path, name)),
  );
}

describe.skipIf(!existsSync(SEED))('the repository in its own words', () => {
  it('holds no 14-word run of a real article other than the seed', () => {
    const seed = new Set(runs(readFileSync(SEED, 'utf8')));
    const theirs = new Map<string, string>();
    for (const file of SHARED.flatMap(files).filter((f) => f.endsWith('.txt'))) {
      for (const run of runs(readFileSync(file, 'utf8'))) {
        if (!seed.has(run)) theirs.set(run, file);
      }
    }
    const copied: string[] = [];
    for (const file of OURS.flatMap(files)) {
      for (const run of new Set(runs(readFileSync(file, 'utf8')))) {
        const source = theirs.get(run);
        if (source) copied.push(`${file}: "${run}" (from ${source})`);
      }
    }
    expect(copied).toEqual([]);
  });

  it('would notice a copied sentence', () => {
    const file = readdirSync('../shared/gold/dev').find((f) => /^0.*\.txt$/.test(f))!;
    const text = readFileSync(join('../shared/gold/dev', file), 'utf8');
    const sentence = text.split(/(?<=[.!?])\s+/).find((s) => words(s).length > RUN + 2)!;
    const seed = new Set(runs(readFileSync(SEED, 'utf8')));
    const theirs = new Set(runs(text).filter((r) => !seed.has(r)));
    expect(runs(`Mở đầu. ${sentence} Kết thúc.`).some((r) => theirs.has(r))).toBe(true);
  });
});
