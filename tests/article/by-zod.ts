// What zod's schema alone says of a file's JSON, the reference the hand-written checks
// (src/article/plain-blocks.ts, plain-entities.ts) are compared with.
import { articleSchema } from '@/article/schema';
import { formatPath } from '@/article/validate';

/** What zod alone says of `data`: the article, or the problems by path. */
export function byZod(data: unknown) {
  const result = articleSchema.safeParse(data);
  return result.success
    ? { ok: true, value: result.data }
    : {
        ok: false,
        problems: result.error.issues.map((i) => ({
          path: formatPath(i.path),
          message: i.message,
        })),
      };
}
