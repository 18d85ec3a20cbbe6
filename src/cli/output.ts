// The output folder: checked before any input is read, each article written through a temporary file
// and a rename (a reader never sees half a file, a failure never replaces a good one), and the index
// written from every valid article in the folder.
import {
  accessSync,
  constants,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION, type Article, type ArticleSummary } from '../article/schema';
import { checkArticleIndex, describeProblems, summarize } from '../article/validate';
import { reasonOf, say } from './messages';

/** A problem with --out: reported as one line, and nothing is read or written. */
export class OutputError extends Error {}

export function prepareOut(out: string, shown: string): void {
  try {
    mkdirSync(out, { recursive: true });
  } catch (err) {
    throw new OutputError(say('cli.outNotFolder', { path: shown, reason: reasonOf(err) }));
  }
  try {
    if (!statSync(out).isDirectory()) throw new Error('ENOTDIR: not a directory');
  } catch (err) {
    throw new OutputError(say('cli.outNotFolder', { path: shown, reason: reasonOf(err) }));
  }
  try {
    accessSync(out, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new OutputError(say('cli.outUnwritable', { path: shown, reason: reasonOf(err) }));
  }
}

export function writeAtomically(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** The index lists `articles` (every valid article JSON in the folder), newest date first, undated last. */
export function writeIndex(out: string, articles: Article[]): void {
  const summaries: ArticleSummary[] = articles.map(summarize);
  summaries.sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug),
  );
  const index = { schemaVersion: SCHEMA_VERSION, articles: summaries };
  const checked = checkArticleIndex(index);
  if (!checked.ok)
    throw new Error(`index failed validation: ${describeProblems(checked.problems)}`);
  writeAtomically(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
}
