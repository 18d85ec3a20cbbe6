// Checking what the library loads, entry by entry: one bad entry is reported and left out, and
// every good one is still shown (issue 15, item 5).
import type { Problem } from '../article/validate';
import { entrySchema, personSummarySchema, type Entry, type PersonSummary } from './schema';
import type * as z from 'zod/mini';

export interface BadEntry {
  /** Its place in the page. */
  index: number;
  /** Its slug or key, when it has a readable one. */
  name: string | null;
  problem: string;
}

export interface CheckedEntries<T> {
  entries: T[];
  bad: BadEntry[];
}

const describe = (problems: Problem[]) =>
  problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');

function checkEach<T>(
  schema: z.ZodMiniType<T>,
  nameField: string,
  items: unknown[],
): CheckedEntries<T> {
  const out: CheckedEntries<T> = { entries: [], bad: [] };
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) out.entries.push(result.data);
    else {
      const raw = (item as Record<string, unknown> | null)?.[nameField];
      out.bad.push({
        index,
        name: typeof raw === 'string' && raw.length <= 200 ? raw : null,
        problem: describe(
          result.error.issues.map((i) => ({
            path: i.path.map(String).join('.'),
            message: i.message,
          })),
        ),
      });
    }
  });
  return out;
}

export const checkEntries = (items: unknown[]) => checkEach<Entry>(entrySchema, 'slug', items);
export const checkPeople = (items: unknown[]) =>
  checkEach<PersonSummary>(personSummarySchema, 'key', items);
