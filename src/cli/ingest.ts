// npm run ingest -- <file|dir>... [--out DIR] [--stdout]
// Reads each input through src/input (the import page's reader too), and writes DIR/<slug>.json
// atomically plus DIR/index.json. A refused input is one line on stderr and exit code 2; the other
// inputs still go through. Nothing here throws past main: every failure is a line, not a stack trace.
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Article } from '../article/schema';
import { extractArticle } from '../extract/index';
import { InputFailure, planSlugs, readArticle, type ReadDeps } from '../input/index';
import { parseArgs, USAGE, UsageError, type Options } from './args';
import { reasonOf, say, sayProblem } from './messages';
import { OutputError, prepareOut, rebuildIndex, writeAtomically } from './output';
import { expandInputs, readInputFile } from './read-files';

const deps: ReadDeps = {
  extract: extractArticle,
  parseHtml: (html) => parseHTML(html).document as unknown as Document,
};

async function run(options: Options, refuse: (path: string, message: string) => void) {
  const { files, refused } = expandInputs(options.inputs);
  for (const { path, failure } of refused) refuse(path, sayProblem(failure.problem));
  const slugs = planSlugs(files);

  const read = async (file: string): Promise<Article | null> => {
    try {
      const article = await readArticle({ name: file, bytes: readInputFile(file) }, deps);
      return { ...article, slug: slugs.get(file) ?? article.slug };
    } catch (err) {
      refuse(file, err instanceof InputFailure ? sayProblem(err.problem) : reasonOf(err));
      return null;
    }
  };

  if (options.stdout) {
    for (const file of files) {
      const article = await read(file);
      if (!article) continue;
      process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
      break;
    }
    return;
  }

  const out = resolve(options.out);
  prepareOut(out, options.out);
  let written = 0;
  for (const file of files) {
    const article = await read(file);
    if (!article) continue;
    try {
      writeAtomically(join(out, `${article.slug}.json`), `${JSON.stringify(article)}\n`);
      written++;
    } catch (err) {
      refuse(file, say('cli.writeFailed', { reason: reasonOf(err) }));
    }
  }
  rebuildIndex(out);
  process.stderr.write(`ingest: wrote ${written} article(s) to ${options.out}\n`);
}

async function main(argv: string[]): Promise<number> {
  let refused = 0;
  const refuse = (path: string, message: string) => {
    refused++;
    process.stderr.write(`ingest: ${path}: ${message}\n`);
  };
  try {
    const options = parseArgs(argv);
    if (options.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    await run(options, refuse);
    return refused ? 2 : 0;
  } catch (err) {
    // A usage mistake, an unusable --out, or an index that cannot be written: one line, exit 2.
    const known = err instanceof UsageError || err instanceof OutputError;
    process.stderr.write(`ingest: ${known ? err.message : reasonOf(err)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
