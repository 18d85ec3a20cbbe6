// What the reader gave the import page -> a valid article, or the reason it cannot be one.
import type { Article } from '@/article/schema';
import { slugify } from '@/extract';
import { runExtraction } from './run-extraction';

export const MAX_BYTES = 5 * 1024 * 1024;

export type ImportProblem =
  | { code: 'empty' }
  | { code: 'tooLarge'; megabytes: string }
  | { code: 'binary' }
  | { code: 'noArticle' }
  | { code: 'badJson'; path: string; message: string }
  | { code: 'failed'; message: string };

export class ImportFailure extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.code);
    this.name = 'ImportFailure';
  }
}

export type Stage = 'reading' | 'extracting' | 'saving';
export type Input = { kind: 'text'; text: string } | { kind: 'file'; file: File };

const fail = (problem: ImportProblem): never => {
  throw new ImportFailure(problem);
};

/** A slug of its own for an imported article, so it never replaces another. */
const localSlug = (title: string) => `${slugify(title, 50)}-${Date.now().toString(36)}`;

async function decode(file: File): Promise<string> {
  if (file.size > MAX_BYTES)
    fail({ code: 'tooLarge', megabytes: (file.size / 1048576).toFixed(1) });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) fail({ code: 'binary' });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({ code: 'binary' });
  }
}

const looksLikeHtml = (text: string) => /^\s*(?:<!doctype html|<html[\s>])/iu.test(text);

async function fromJson(text: string): Promise<Article> {
  const { parseArticleJson } = await import('@/article/validate');
  const checked = parseArticleJson(text);
  if (!checked.ok) {
    const first = checked.problems[0]!;
    return fail({ code: 'badJson', path: first.path || '(document)', message: first.message });
  }
  return { ...checked.value, slug: localSlug(checked.value.title) };
}

async function fromHtml(html: string, fileName?: string): Promise<Article> {
  const { readHtmlArticle } = await import('@/article/html');
  const page = readHtmlArticle(new DOMParser().parseFromString(html, 'text/html'));
  if (!page) return fail({ code: 'noArticle' });
  const article = await runExtraction(page.text, {
    ...(page.title ? { title: page.title } : {}),
    date: page.date,
    source: { ...(page.site ? { site: page.site } : {}), ...(fileName ? { file: fileName } : {}) },
  });
  return { ...article, slug: localSlug(article.title), byline: article.byline ?? page.byline };
}

async function fromText(text: string, fileName?: string): Promise<Article> {
  const article = await runExtraction(text, fileName ? { source: { file: fileName } } : {});
  return { ...article, slug: localSlug(article.title) };
}

/** Turns the input into a checked article; `onStage` hears where it has got to. */
export async function articleFromInput(
  input: Input,
  onStage: (stage: Stage) => void = () => {},
): Promise<Article> {
  onStage('reading');
  const name = input.kind === 'file' ? input.file.name : undefined;
  const text = input.kind === 'file' ? await decode(input.file) : input.text;
  if (text.trim().length === 0) fail({ code: 'empty' });
  if (new Blob([text]).size > MAX_BYTES)
    fail({ code: 'tooLarge', megabytes: (new Blob([text]).size / 1048576).toFixed(1) });
  const lower = name?.toLowerCase() ?? '';
  onStage('extracting');
  let article: Article;
  if (lower.endsWith('.json') || (!name && /^\s*\{/u.test(text))) article = await fromJson(text);
  else if (lower.endsWith('.html') || lower.endsWith('.htm') || looksLikeHtml(text))
    article = await fromHtml(text, name);
  else article = await fromText(text, name);
  const { checkArticle, describeProblems } = await import('@/article/validate');
  const checked = checkArticle(article);
  if (!checked.ok) fail({ code: 'failed', message: describeProblems(checked.problems) });
  return article;
}
