// Writes the collection's files (src/collection/build.ts) beside the articles in OUT: every valid
// article in the folder is read once, each file is written through a temporary file and a rename,
// the manifest last, and files of an earlier run that are no longer part of it are removed.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Article } from '../../article/schema';
import { checkArticle } from '../../article/validate';
import { buildCollection, paths } from '../../collection/build';
import { writeAtomically } from '../output';

/** The folders of collection files in OUT, all of them written by the build. */
export const GENERATED = ['library', 'people', 'person', 'search'];

/** Every valid article JSON in `out`; damaged files are left alone and kept out, as in index.json. */
export function readArticles(out: string): Article[] {
  const articles: Article[] = [];
  for (const name of readdirSync(out).sort()) {
    if (!name.endsWith('.json') || name === 'index.json' || name.startsWith('.')) continue;
    try {
      const checked = checkArticle(JSON.parse(readFileSync(join(out, name), 'utf8')));
      if (checked.ok) articles.push(checked.value);
    } catch {
      // Unreadable or not JSON: not part of the collection.
    }
  }
  return articles;
}

/** Writes the collection's files from every valid article in `out`, and returns those articles. */
export function writeCollection(out: string, sourceOf: (slug: string) => string | null): Article[] {
  const articles = readArticles(out);
  const files = buildCollection(
    articles.map((article) => ({ article, source: sourceOf(article.slug) })),
  );
  const manifest = files.get(paths.manifest)!;
  files.delete(paths.manifest);
  const dirs = new Set<string>();
  for (const [path, text] of files) {
    const dir = dirname(join(out, path));
    if (!dirs.has(dir)) mkdirSync(dir, { recursive: true });
    dirs.add(dir);
    writeAtomically(join(out, path), text);
  }
  // The manifest last: a reader who loads it finds every file it names.
  mkdirSync(join(out, 'library'), { recursive: true });
  writeAtomically(join(out, paths.manifest), manifest);
  for (const dir of GENERATED) {
    let names: string[] = [];
    try {
      names = readdirSync(join(out, dir));
    } catch {
      continue;
    }
    for (const name of names) {
      const path = `${dir}/${name}`;
      if (path !== paths.manifest && !files.has(path)) rmSync(join(out, path), { force: true });
    }
  }
  return articles;
}
