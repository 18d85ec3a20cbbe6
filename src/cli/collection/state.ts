// What the last ingest into a folder read: each input's content hash and the slug it became. An
// unchanged input is not extracted again; an input that is gone has its article removed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STATE_FILE = '.ingest-state.json';
const VERSION = 1;

export interface InputRecord {
  hash: string;
  slug: string;
  /** The folder-given source of the text, kept so an unchanged input keeps it. */
  source: string | null;
}

/** Input path (absolute) → what it became. */
export type IngestState = Map<string, InputRecord>;

/** The collection files the last run left: the stamp of OUT after it (stamp.ts), and its size. */
export interface Built {
  stamp: string;
  articles: number;
}

export const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The state of the last run; a missing or damaged state file means "extract and build everything". */
export function loadState(out: string): { inputs: IngestState; built: Built | null } {
  try {
    const data = JSON.parse(readFileSync(join(out, STATE_FILE), 'utf8')) as {
      version?: number;
      inputs?: Record<string, InputRecord>;
      built?: Partial<Built> | null;
    };
    if (data.version !== VERSION || typeof data.inputs !== 'object' || !data.inputs)
      return { inputs: new Map(), built: null };
    const inputs: IngestState = new Map(
      Object.entries(data.inputs).filter(
        ([, r]) => typeof r?.hash === 'string' && typeof r?.slug === 'string',
      ),
    );
    const { stamp, articles } = data.built ?? {};
    const built =
      typeof stamp === 'string' && typeof articles === 'number' ? { stamp, articles } : null;
    return { inputs, built };
  } catch {
    return { inputs: new Map(), built: null };
  }
}

export const stateJson = (state: IngestState, built: Built | null = null) =>
  `${JSON.stringify({ version: VERSION, inputs: Object.fromEntries([...state].sort()), built })}\n`;
