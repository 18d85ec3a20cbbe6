// A collection folder may hold one folder per outlet: DIR/<outlet>/*.txt. Each such sub-folder is
// read as an input of its own, and its name becomes the source of the articles in it (unless an
// HTML page names its site).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SourcedInput {
  path: string;
  /** The outlet folder's name, or null for texts given directly or at the top of a folder. */
  source: string | null;
}

const TEXT = /\.(?:txt|html?)$/iu;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function withOutletFolders(inputs: string[]): SourcedInput[] {
  const out: SourcedInput[] = [];
  for (const input of inputs) {
    let names: string[] = [];
    try {
      if (statSync(input).isDirectory()) names = readdirSync(input).sort();
    } catch {
      // The input itself is refused, with its reason, where it is read.
    }
    const outlets = names.filter((name) => !name.startsWith('.') && isFolder(join(input, name)));
    // The folder itself is read when it holds texts of its own, or holds no outlet folders (then an
    // empty folder is refused as before).
    if (outlets.length === 0 || names.some((n) => TEXT.test(n)))
      out.push({ path: input, source: null });
    for (const name of outlets) out.push({ path: join(input, name), source: name });
  }
  return out;
}
