// A hand-written check of an article's blocks, for the common case of a valid file: the same rules
// as blockSchema (schema.ts), stricter in one respect (no key the schema does not name), without
// zod's machinery, which copies every block and costs 200-700 ms on an article of 200,000 short
// lines, most of the time before its first screen. A block this check does not accept is left to
// zod, so that a damaged file is described exactly as before.
import type { Block } from './schema';

const ID = /^[a-z0-9][a-z0-9-]*$/;

const isOffset = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** How many own enumerable keys `o` has (a JSON object has no others). */
function keyCount(o: object): number {
  let n = 0;
  for (const key in o) if (Object.hasOwn(o, key)) n++;
  return n;
}

const isSpan = (s: unknown) =>
  isRecord(s) && isOffset(s.start) && isOffset(s.end) && keyCount(s) === 2;

/** True when blockSchema accepts `b` as it is, with nothing to strip. */
export function isPlainBlock(b: unknown): b is Block {
  if (!isRecord(b) || typeof b.id !== 'string' || typeof b.text !== 'string' || !ID.test(b.id))
    return false;
  const keys = keyCount(b);
  switch (b.type) {
    case 'paragraph':
      return b.lead === undefined ? keys === 3 : typeof b.lead === 'boolean' && keys === 4;
    case 'heading':
      return (
        Number.isSafeInteger(b.level) &&
        (b.level as number) >= 2 &&
        (b.level as number) <= 4 &&
        keys === 4
      );
    case 'quote':
    case 'byline':
      return keys === 3;
    case 'figure':
      return isSpan(b.caption) && (b.credit === null || isSpan(b.credit)) && keys === 5;
    case 'credit':
      return (b.credit === 'author' || b.credit === 'photo') && isSpan(b.names) && keys === 5;
    default:
      return false;
  }
}
