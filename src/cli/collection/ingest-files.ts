// The ingest's work on a collection: each input extracted unless unchanged since the last run into
// the same folder, articles whose input is gone removed (and said so), then index.json and the
// library, people and search files rebuilt (src/collection), unless nothing was written or removed
// and the folder is as the last run left it (stamp.ts). The reading of one input is the caller's.
import { join, resolve } from 'node:path';
import type { Article } from '../../article/schema';
import { writeAtomically, writeIndex } from '../output';
import { hashFile, isUnchanged, removeVanished } from './incremental';
import { outputStamp } from './stamp';
import { loadState, STATE_FILE, stateJson } from './state';
import { writeCollection } from './write-collection';

export interface IngestFile {
  path: string;
  /** The slug its article gets, decided before reading so an unchanged input can be skipped. */
  slug: string;
  /** The outlet folder it came from, if any. */
  source: string | null;
}

export interface IngestReport {
  written: number;
  unchanged: number;
  removed: { path: string; slug: string }[];
  articles: number;
  /** Whether the collection files were rebuilt (false: nothing had changed). */
  rebuilt: boolean;
}

export async function ingestFiles(options: {
  files: IngestFile[];
  /** The paths given on the command line: only inputs under them can be "gone". */
  inputs: string[];
  out: string;
  /** Reads and extracts the inputs (in parallel where it can); null for a refused one. */
  readAll: (files: IngestFile[]) => Promise<(Article | null)[]>;
  onWriteFailure: (file: IngestFile, err: unknown) => void;
}): Promise<IngestReport> {
  const { files, out } = options;
  const { inputs: state, built } = loadState(out);
  const hashes = new Map(files.map((f) => [f.path, hashFile(f.path)]));
  const changed = files.filter(
    (f) => !isUnchanged(state, out, f.path, hashes.get(f.path)!, f.slug),
  );
  const read = await options.readAll(changed);
  let written = 0;
  changed.forEach((file, i) => {
    const article = read[i];
    if (!article) {
      state.delete(resolve(file.path));
      return;
    }
    try {
      writeAtomically(join(out, `${article.slug}.json`), `${JSON.stringify(article)}\n`);
      written++;
      const hash = hashes.get(file.path);
      if (hash) state.set(resolve(file.path), { hash, slug: article.slug, source: file.source });
    } catch (err) {
      options.onWriteFailure(file, err);
    }
  });
  const removed = removeVanished(state, out, options.inputs, new Set(files.map((f) => f.slug)));
  const unchanged = files.length - changed.length;
  if (written === 0 && removed.length === 0 && built?.stamp === outputStamp(out)) {
    writeAtomically(join(out, STATE_FILE), stateJson(state, built));
    return { written, unchanged, removed, articles: built.articles, rebuilt: false };
  }
  // The inputs' record first: if the build fails, the next run does not extract them again.
  writeAtomically(join(out, STATE_FILE), stateJson(state));
  const sources = new Map([...state.values()].map((r) => [r.slug, r.source]));
  const articles = writeCollection(out, (slug) => sources.get(slug) ?? null);
  writeIndex(out, articles);
  const after = { stamp: outputStamp(out), articles: articles.length };
  writeAtomically(join(out, STATE_FILE), stateJson(state, after));
  return { written, unchanged, removed, articles: articles.length, rebuilt: true };
}
