// npm run export -- OUT_DIR [--to DIR]
// The collection's people, directives and awards for analysis: one row per item with the article's
// slug, title, date and source, the person or issuer and their role, written as DIR/docbao-export.csv
// and DIR/docbao-export.jsonl (default DIR: OUT_DIR/export). One line on stderr and exit code 2 when
// the folder holds no collection.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rowsOf, toCsv, toJsonLines, type Row } from '../src/collection/export';
import { writeAtomically } from '../src/cli/output';
import { readArticles } from '../src/cli/collection/write-collection';
import { loadState } from '../src/cli/collection/state';
import { sourceOf } from '../src/collection/entry';

function fail(message: string): never {
  process.stderr.write(`export: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--to');
const toIndex = args.indexOf('--to');
if (!folder) fail('usage: npm run export -- OUT_DIR [--to DIR]');
const out = resolve(folder);
let articles;
try {
  articles = readArticles(out);
} catch (err) {
  fail(`${folder}: ${(err as Error).message}`);
}
if (articles.length === 0) fail(`${folder}: no article JSON in this folder`);
const folderSource = new Map([...loadState(out).inputs.values()].map((r) => [r.slug, r.source]));
const rows: Row[] = articles
  .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.slug.localeCompare(b.slug))
  .flatMap((a) => rowsOf(a, sourceOf(a) ?? folderSource.get(a.slug) ?? null));
const target =
  toIndex >= 0 && args[toIndex + 1] ? resolve(args[toIndex + 1]!) : join(out, 'export');
try {
  mkdirSync(target, { recursive: true });
  writeAtomically(join(target, 'docbao-export.csv'), toCsv(rows));
  writeAtomically(join(target, 'docbao-export.jsonl'), toJsonLines(rows));
} catch (err) {
  fail(`cannot write to ${target}: ${(err as Error).message}`);
}
const count = (item: string) => rows.filter((r) => r.item === item).length;
process.stderr.write(
  `export: ${articles.length} article(s): ${count('person')} people, ${count('directive')} directives, ` +
    `${count('award')} awards → ${join(target, 'docbao-export.{csv,jsonl}')}\n`,
);
