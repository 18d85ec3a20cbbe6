// Validation with messages a person can act on: each problem names the field's path.
import type * as z from 'zod/mini';
import { isPlainBlock } from './plain-blocks';
import { arePlainParts } from './plain-entities';
import {
  articleIndexSchema,
  articleSchema,
  articleSchemaCheckedBlocks,
  articleSchemaCheckedParts,
  type Article,
  type ArticleIndex,
  type ArticleSummary,
} from './schema';

export interface Problem {
  /** The bad field's path, e.g. `entities.people[2].name`; empty for the document itself. */
  path: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Formats a zod path as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function check<T>(schema: z.ZodMiniType<T>, data: unknown): Checked<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/**
 * An article; its blocks, sections and entities, when plain (the usual case), are checked without zod,
 * which copies every one of them (hundreds of milliseconds before a huge article's first screen).
 */
export function checkArticle(data: unknown): Checked<Article> {
  if (
    typeof data !== 'object' ||
    data === null ||
    !Array.isArray((data as { blocks?: unknown }).blocks) ||
    !(data as { blocks: unknown[] }).blocks.every(isPlainBlock)
  )
    return check(articleSchema, data);
  return arePlainParts(data as Record<string, unknown>)
    ? check(articleSchemaCheckedParts, data)
    : check(articleSchemaCheckedBlocks, data);
}
export const checkArticleIndex = (data: unknown): Checked<ArticleIndex> =>
  check(articleIndexSchema, data);

/** One line naming the first problem (and how many more there are). */
export function describeProblems(problems: Problem[]): string {
  const [first] = problems;
  if (!first) return '';
  const where = first.path || '(document)';
  const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
  return `${where}: ${first.message}${more}`;
}

/** Parses JSON text; a syntax error becomes a problem at the document's root. */
export function parseArticleJson(text: string): Checked<Article> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: '', message: `not JSON: ${(err as Error).message}` }] };
  }
  return checkArticle(data);
}

export function summarize(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    title: article.title,
    date: article.date,
    lead: article.lead,
    counts: {
      people: article.entities.people.length,
      directives: article.entities.directives.length,
      awards: article.entities.awards.length,
    },
  };
}
