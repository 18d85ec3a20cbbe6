// What the collection files were built from, in one digest: the name, size and modification time of
// every article and collection file in OUT. An ingest that extracted nothing and removed nothing
// compares it with the last run's: equal, the folder is as that run left it, and nothing is rebuilt
// (an unchanged re-run only hashes its inputs). A file edited, added or deleted by hand changes it.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_VERSION } from '../../collection/schema';
import { GENERATED } from './write-collection';

function list(dir: string, into: string[], prefix = '') {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    try {
      const s = statSync(path);
      if (s.isFile()) into.push(`${prefix}${name}\t${s.size}\t${s.mtimeMs}`);
    } catch {
      into.push(`${prefix}${name}\tgone`);
    }
  }
}

export function outputStamp(out: string): string {
  const lines: string[] = [`collection ${COLLECTION_VERSION}`];
  list(out, lines);
  for (const dir of GENERATED) list(join(out, dir), lines, `${dir}/`);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
