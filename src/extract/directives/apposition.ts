// Directives: a title set between dashes after a name (`X - Cục trưởng Cục Y - đề nghị …`). The
// apposition is closed by the second dash, and the verb after that dash is the named person's.
import type { Reference } from '../people';
import { WINDOWS } from './windows';

/** A spaced dash, as news text sets an apposition apart (a dash inside a word, `Lao động-Xã hội`, is not). */
const DASH = /^\s+[-–]\s+/u;
const CLOSING_DASH = /\s[-–]\s+/u;

/**
 * Where the predicate of a name's clause may begin when a dash follows the reference, in order: right
 * after that dash (it closes an apposition the reference is the title of), then after the dash that
 * closes an apposition opened there. None when no dash follows, or when the apposition names someone
 * else on the way.
 */
export function pastApposition(
  text: string,
  at: number,
  end: number,
  inside: Reference[],
  person: string | null,
): number[] {
  const open = DASH.exec(text.slice(at, Math.min(end, at + 8)));
  if (!open) return [];
  const from = at + open[0].length;
  const close = CLOSING_DASH.exec(text.slice(from, Math.min(end, from + WINDOWS.apposition)));
  if (!close) return [from];
  const to = from + close.index;
  const other = inside.some(
    (r) => r.person && r.person !== person && r.start >= from && r.start < to,
  );
  return other ? [from] : [from, to + close[0].length];
}
