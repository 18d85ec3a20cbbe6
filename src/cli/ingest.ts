// npm run ingest -- <file|dir>... [--out DIR] [--stdout]
// Reads each input through src/input (the import page's reader too), and writes DIR/<slug>.json
// atomically plus DIR/index.json and the collection's library, people and search files
// (src/cli/collection: incremental, parallel, removing articles whose input is gone). A refused input is one line on stderr and exit code 2; the other
// inputs still go through. Nothing here throws past main: every failure is a line, not a stack trace.
import { resolve } from 'node:path';
import { planSlugs } from '../input/index';
import { parseArgs, USAGE, UsageError, type Options } from './args';
import { ingestFiles } from './collection/ingest-files';
import { runPool } from './collection/pool';
import { readOne } from './collection/read-one';
import { withOutletFolders } from './collection/sources';
import { reasonOf, say, sayProblem } from './messages';
import { OutputError, prepareOut } from './output';
import { expandInputs } from './read-files';

async function run(options: Options, refuse: (path: string, message: string) => void) {
  // Outlet folders (DIR/<outlet>/*.txt) are read as inputs of their own, named as the source.
  const sourced = withOutletFolders(options.inputs).map(({ path, source }) => {
    const { files, refused } = expandInputs([path]);
    for (const r of refused) refuse(r.path, sayProblem(r.failure.problem));
    return { files, source };
  });
  const files = sourced.flatMap((s) => s.files);
  const sourceOf = new Map(sourced.flatMap((s) => s.files.map((f) => [f, s.source] as const)));
  const slugs = planSlugs(files);
  const jobs = files.map((path) => ({
    path,
    slug: slugs.get(path)!,
    source: sourceOf.get(path) ?? null,
  }));

  if (options.stdout) {
    for (const job of jobs) {
      const result = await readOne(job);
      if ('refused' in result) {
        refuse(job.path, result.refused);
        continue;
      }
      process.stdout.write(`${JSON.stringify(result.article, null, 2)}\n`);
      break;
    }
    return;
  }

  const out = resolve(options.out);
  prepareOut(out, options.out);
  const report = await ingestFiles({
    files: jobs,
    inputs: options.inputs,
    out,
    // Extraction runs on every core (worker_threads); the results come back in input order.
    readAll: async (changed) => {
      const results = await runPool(
        changed.map(({ path, slug }) => ({ path, slug })),
        new URL('./collection/worker-entry.mjs', import.meta.url),
        readOne,
      );
      return results.map((r, i) => {
        if ('article' in r) return r.article;
        refuse(changed[i]!.path, r.refused);
        return null;
      });
    },
    onWriteFailure: (file, err) =>
      refuse(file.path, say('cli.writeFailed', { reason: reasonOf(err) })),
  });
  for (const gone of report.removed)
    process.stderr.write(`ingest: ${gone.path} is gone: removed ${gone.slug}.json\n`);
  process.stderr.write(
    `ingest: wrote ${report.written} article(s) to ${options.out}` +
      `${report.unchanged ? `, ${report.unchanged} unchanged` : ''}; ` +
      `the library holds ${report.articles}` +
      `${report.rebuilt ? '' : ' (nothing changed: the collection files are as they were)'}\n`,
  );
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
