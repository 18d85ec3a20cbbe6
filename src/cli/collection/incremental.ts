// The incremental part of an ingest: which inputs are unchanged since the last run into the same
// folder (same content hash, same slug, article still there), and which articles lost their input.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { hashOf, type IngestState } from './state';

const MAX_HASHED = 5 * 1024 * 1024;

/** The content hash of a regular file within the size limit; null when it cannot be hashed. */
export function hashFile(path: string): string | null {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_HASHED) return null;
    return hashOf(readFileSync(path));
  } catch {
    return null;
  }
}

export function isUnchanged(
  state: IngestState,
  out: string,
  path: string,
  hash: string | null,
  slug: string,
): boolean {
  const before = state.get(resolve(path));
  return (
    hash !== null &&
    before?.hash === hash &&
    before.slug === slug &&
    existsSync(join(out, `${slug}.json`))
  );
}

/**
 * Removes the article of every input recorded under one of `inputs` that no longer exists, unless
 * another input of this run now makes the same slug. Returns what was removed, for the message.
 */
export function removeVanished(
  state: IngestState,
  out: string,
  inputs: string[],
  slugsInUse: Set<string>,
): { path: string; slug: string }[] {
  const roots = inputs.map((i) => resolve(i));
  const under = (path: string) => roots.some((r) => path === r || path.startsWith(r + sep));
  const removed: { path: string; slug: string }[] = [];
  for (const [path, record] of state) {
    if (!under(path) || existsSync(path)) continue;
    state.delete(path);
    if (slugsInUse.has(record.slug)) continue;
    rmSync(join(out, `${record.slug}.json`), { force: true });
    removed.push({ path, slug: record.slug });
  }
  return removed;
}
