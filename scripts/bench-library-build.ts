// The build bench:library serves must be pre-rendered from the collection it serves. A build of
// another collection (`npm run build` pre-renders the seed articles) paints that collection's list
// first, then React renders the library again after hydration (a text mismatch): the first paint
// measured would not be the collection's, and a query typed meanwhile would be lost.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const manifestOf = (folder: string) => {
  const path = join(folder, 'library', 'manifest.json');
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
};

/** Whether `dist` was built with DOCBAO_ARTICLES=`collection` (it holds a copy of that collection). */
export function builtFrom(dist: string, collection: string): boolean {
  const own = manifestOf(join(dist, 'articles'));
  return own !== null && own === manifestOf(collection);
}

/** Throws, naming the command that makes a fitting build, if one of `dists` is of another collection. */
export function checkBuilds(dists: string[], collection: string) {
  const other = dists.filter((d) => !builtFrom(d, collection));
  if (other.length > 0)
    throw new Error(
      `${other.join(', ')} was not built from ${collection}: ` +
        `run \`DOCBAO_ARTICLES=${collection} npm run build\` (and copy dist/ to compare builds)`,
    );
}

/** Builds the app into `outDir`, pre-rendered from `collection` (a minute or two). */
export function buildFor(collection: string, outDir: string) {
  const r = spawnSync(
    join('node_modules', '.bin', 'vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { encoding: 'utf8', env: { ...process.env, DOCBAO_ARTICLES: collection } },
  );
  if (r.status !== 0) throw new Error(`vite build for ${collection}: ${r.stderr}`);
}
