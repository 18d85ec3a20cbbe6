// Runs the ingest CLI as a caller would: a child process, with its stderr, exit code and files.
// Permission faults need a user the permissions apply to: run as root, the CLI runs as `nobody`.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TSX = join('node_modules', '.bin', 'tsx');
const AS_NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The lines on stderr that name `path`. */
  linesAbout: (path: string) => string[];
}

export function ingest(args: string[], options: { unprivileged?: boolean } = {}): Run {
  const root = process.getuid?.() === 0;
  const [command, argv] =
    options.unprivileged && root
      ? ['setpriv', [...AS_NOBODY, TSX, 'src/cli/ingest.ts', ...args]]
      : [TSX, ['src/cli/ingest.ts', ...args]];
  // A hang (a pipe, a device) is a failure of its own, not a test that never ends.
  const run = spawnSync(command, argv, { encoding: 'utf8', timeout: 20_000 });
  return {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    linesAbout: (path) => run.stderr.split('\n').filter((l) => l.includes(path)),
  };
}

/** A scratch folder any user may write to (the CLI may run as another user). */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'docbao-cli-'));
  chmodSync(dir, 0o777);
  return dir;
}

export function write(path: string, content: string | Uint8Array): string {
  writeFileSync(path, content);
  return path;
}

export const SEED = 'content/tphcm-to-chuc-xay-dung-dang-2022.txt';
