// DOCBAO_ARTICLES=OUT: the build copies the collection into its own outDir, and nothing else does. The
// pre-render runs a dev server whose outDir is the default `dist`; closing it once copied the collection
// there too, over the working tree's own dist/articles.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { articlesFolder } from '../../scripts/vite/articles-folder';

function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'docbao-folder-'));
  const collection = join(root, 'collection');
  mkdirSync(collection);
  writeFileSync(join(collection, 'index.json'), '{"articles":[]}');
  writeFileSync(join(collection, '.ingest-state.json'), '{}');
  return { root, plugin: articlesFolder(collection)! };
}
type Hook = (this: unknown, ...args: unknown[]) => unknown;
const run = (hook: unknown, ...args: unknown[]) => (hook as Hook).call(undefined, ...args);
const resolved = (root: string, command: 'build' | 'serve') =>
  ({ root, command, build: { outDir: 'out' } }) as unknown as ResolvedConfig;

describe('the collection folder of a build', () => {
  it('is copied into the outDir of a build, without the ingest state', () => {
    const { root, plugin } = setUp();
    run(plugin.configResolved, resolved(root, 'build'));
    run(plugin.closeBundle);
    expect(readFileSync(join(root, 'out', 'articles', 'index.json'), 'utf8')).toContain('articles');
    expect(existsSync(join(root, 'out', 'articles', '.ingest-state.json'))).toBe(false);
  });

  it('is not copied anywhere when a dev server (such as the pre-render) closes', () => {
    const { root, plugin } = setUp();
    run(plugin.configResolved, resolved(root, 'serve'));
    run(plugin.closeBundle);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });
});
