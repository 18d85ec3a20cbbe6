// The file system side of reading inputs: folders expanded to the article files in them, and one
// file read as bytes. Only regular files are read (never a device, a pipe or a socket, which may
// never end), and never more than MAX_BYTES, however the file grows while it is read.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { checkSize, InputFailure, MAX_BYTES, refuse } from '../input/index';

const IN_FOLDERS = /\.(?:txt|html?)$/iu;

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException | null)?.code;

/** Turns a failed stat or open into the problem a reader understands. */
function problemOf(path: string, err: unknown): InputFailure {
  if (err instanceof InputFailure) return err;
  const code = codeOf(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      // Nothing there at all.
    }
    return new InputFailure({ code: link ? 'brokenLink' : 'missing' });
  }
  if (code === 'ELOOP') return new InputFailure({ code: 'brokenLink' });
  return new InputFailure({ code: 'unreadable', reason: code ?? String(err) });
}

export interface Expanded {
  files: string[];
  refused: { path: string; failure: InputFailure }[];
}

/** Each input as a list of files; a folder gives its .txt and .html files, sorted, each once. */
export function expandInputs(inputs: string[]): Expanded {
  const files: string[] = [];
  const refused: Expanded['refused'] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  for (const input of inputs) {
    try {
      if (!statSync(input).isDirectory()) {
        add(input);
        continue;
      }
      const inside = readdirSync(input)
        .filter((name) => IN_FOLDERS.test(name))
        .sort();
      if (inside.length === 0) refuse({ code: 'emptyFolder' });
      // Every entry goes on: one that is not a readable file is refused by name when it is read.
      for (const name of inside) {
        const path = join(input, name);
        if (!isFolder(path)) add(path);
      }
    } catch (err) {
      refused.push({ path: input, failure: problemOf(input, err) });
    }
  }
  return { files, refused };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Reads a regular file, at most MAX_BYTES of it. */
export function readInputFile(path: string): Uint8Array {
  let fd: number;
  try {
    // Non-blocking, so that opening a named pipe with no writer returns at once instead of waiting.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw problemOf(path, err);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) refuse({ code: 'notRegular' });
    checkSize(stat.size);
    let buffer = Buffer.alloc(Math.min(stat.size, MAX_BYTES) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // The file grew since it was measured: make room, up to one byte past the cap.
        const bigger = Buffer.alloc(Math.min(buffer.length * 2, MAX_BYTES + 1));
        buffer.copy(bigger);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      // One byte past the cap is enough to refuse it, whatever the size said before.
      checkSize(length);
    }
    return buffer.subarray(0, length);
  } catch (err) {
    throw problemOf(path, err);
  } finally {
    closeSync(fd);
  }
}
