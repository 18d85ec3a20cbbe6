// npm run ingest -- <file.txt|dir>... [--out DIR] [--stdout]
// Reads article texts, runs the extractor, validates, and writes DIR/<name>.json atomically plus
// DIR/index.json. A refused input gets one line on stderr; the others still go through; exit code 2.
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { SCHEMA_VERSION, type Article, type ArticleSummary } from '../article/schema';
import { checkArticle, checkArticleIndex, describeProblems, summarize } from '../article/validate';
import { parseHTML } from 'linkedom';
import { readHtmlArticle } from '../article/html';
import { extractArticle, slugify, type ExtractOptions } from '../extract/index';

const MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_OUT = 'public/articles';
const INPUT_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

class Refusal extends Error {}

interface Options {
  inputs: string[];
  out: string;
  stdout: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { inputs: [], out: DEFAULT_OUT, stdout: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      const value = argv[++i];
      if (!value) throw new Refusal('--out needs a directory');
      options.out = value;
    } else if (arg.startsWith('--out=')) options.out = arg.slice('--out='.length);
    else if (arg === '--stdout') options.stdout = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'usage: npm run ingest -- <file.txt|file.html|dir>... [--out DIR] [--stdout]\n' +
          `  writes DIR/<name>.json for every text and DIR/index.json (default DIR: ${DEFAULT_OUT})\n`,
      );
      process.exit(0);
    } else if (arg.startsWith('--')) throw new Refusal(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) throw new Refusal('no input: name a .txt file or a directory');
  return options;
}

/** Expands directories to the article files in them; a path that is neither is refused. */
function expandInputs(inputs: string[], refuse: (path: string, reason: string) => void): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) {
      refuse(input, 'no such file or directory');
      continue;
    }
    if (statSync(input).isDirectory()) {
      const inside = readdirSync(input)
        .filter((name) => INPUT_EXTENSIONS.has(extname(name).toLowerCase()))
        .sort()
        .map((name) => join(input, name))
        .filter((path) => statSync(path).isFile());
      if (inside.length === 0) refuse(input, 'directory holds no .txt or .html files');
      files.push(...inside);
    } else files.push(input);
  }
  return files;
}

/** Reads one input as UTF-8 text, refusing what is not an article text. */
function readArticleText(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_BYTES)
    throw new Refusal(`file is ${(size / 1048576).toFixed(1)} MB; the limit is 5 MB`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new Refusal('binary file (contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal('not valid UTF-8 text');
  }
  if (text.trim().length === 0) throw new Refusal('empty file');
  return text;
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
function writeAtomically(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** A saved news page: Readability finds the article's text, title, byline, date and site. */
function fromHtml(
  html: string,
  options: ExtractOptions,
): { text: string; options: ExtractOptions } {
  const page = readHtmlArticle(parseHTML(html).document as unknown as Document);
  if (!page) throw new Refusal('no article text found in the HTML page');
  return {
    text: page.text,
    options: {
      ...options,
      ...(page.title ? { title: page.title } : {}),
      date: page.date,
      source: { ...options.source, ...(page.site ? { site: page.site } : {}) },
    },
  };
}

function articleFrom(path: string): Article {
  const raw = readArticleText(path);
  const name = basename(path, extname(path));
  const base: ExtractOptions = { slug: slugify(name, 100), source: { file: basename(path) } };
  const { text, options } = /\.html?$/iu.test(path)
    ? fromHtml(raw, base)
    : { text: raw, options: base };
  const article = extractArticle(text, options);
  const checked = checkArticle(article);
  if (!checked.ok)
    throw new Refusal(`extractor output failed validation: ${describeProblems(checked.problems)}`);
  return checked.value;
}

/** The index lists every valid article JSON in the directory, newest date first, undated last. */
function rebuildIndex(out: string): void {
  const summaries: ArticleSummary[] = [];
  for (const name of readdirSync(out).sort()) {
    if (!name.endsWith('.json') || name === 'index.json') continue;
    try {
      const checked = checkArticle(JSON.parse(readFileSync(join(out, name), 'utf8')));
      if (checked.ok) summaries.push(summarize(checked.value));
    } catch {
      // A damaged file is left as it is and kept out of the index.
    }
  }
  summaries.sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug),
  );
  const index = { schemaVersion: SCHEMA_VERSION, articles: summaries };
  const checked = checkArticleIndex(index);
  if (!checked.ok)
    throw new Error(`index failed validation: ${describeProblems(checked.problems)}`);
  writeAtomically(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
}

function main(argv: string[]): number {
  let refused = 0;
  const refuse = (path: string, reason: string) => {
    refused++;
    process.stderr.write(`ingest: ${path}: ${reason}\n`);
  };
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`ingest: ${(err as Error).message}\n`);
    return 2;
  }

  const files = expandInputs(options.inputs, refuse);
  if (options.stdout) {
    for (const file of files) {
      try {
        process.stdout.write(`${JSON.stringify(articleFrom(file), null, 2)}\n`);
        break;
      } catch (err) {
        refuse(file, (err as Error).message);
      }
    }
    return refused ? 2 : 0;
  }

  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  let written = 0;
  for (const file of files) {
    try {
      const article = articleFrom(file);
      writeAtomically(join(out, `${article.slug}.json`), `${JSON.stringify(article)}\n`);
      written++;
    } catch (err) {
      if (!(err instanceof Refusal) && !(err instanceof Error)) throw err;
      refuse(file, err.message);
    }
  }
  rebuildIndex(out);
  process.stderr.write(
    `ingest: wrote ${written} article(s) to ${options.out}${refused ? `, refused ${refused}` : ''}\n`,
  );
  return refused ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
