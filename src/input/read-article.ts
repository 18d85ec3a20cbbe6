// One input -> one checked article, or one InputFailure. The CLI and the import page both come here;
// what differs between Node and the browser (running the extractor, parsing HTML) is passed in.
import type { Article } from '../article/schema';
import type { ExtractOptions } from '../extract/index';
import { decodeText, utf8Size } from './decode';
import { detectKind } from './detect';
import { checkSize, MAX_BYTES, refuse } from './problems';
import { slugFromName } from './slugs';

export type InputStage = 'reading' | 'extracting';

/** Bytes from a file (with its name), or text the reader pasted. */
export type RawInput = { name: string; bytes: Uint8Array } | { name?: undefined; text: string };

export interface ReadDeps {
  /** `extractArticle`, inline (CLI) or in a Web Worker (browser). */
  extract: (text: string, options: ExtractOptions) => Article | Promise<Article>;
  /** An HTML string as a DOM Document: linkedom in Node, DOMParser in the browser. */
  parseHtml: (html: string) => Document;
  onStage?: (stage: InputStage) => void;
}

const baseName = (name: string) => name.split(/[/\\]/u).pop() ?? name;

async function fromJson(text: string, slug: string | undefined): Promise<Article> {
  const { parseArticleJson } = await import('../article/validate');
  const checked = parseArticleJson(text);
  if (!checked.ok) {
    const first = checked.problems[0]!;
    return refuse({ code: 'badJson', path: first.path || '(document)', message: first.message });
  }
  return slug ? { ...checked.value, slug } : checked.value;
}

async function fromHtml(html: string, options: ExtractOptions, deps: ReadDeps): Promise<Article> {
  const { readHtmlArticle } = await import('../article/html');
  const page = readHtmlArticle(deps.parseHtml(html));
  if (!page) return refuse({ code: 'noArticle' });
  const article = await deps.extract(page.text, {
    ...options,
    ...(page.title ? { title: page.title } : {}),
    date: page.date,
    source: { ...options.source, ...(page.site ? { site: page.site } : {}) },
  });
  // The page's byline stands when the text itself names no author.
  return { ...article, byline: article.byline ?? page.byline };
}

/**
 * Reads one input. A file's slug comes from its name (as the CLI writes it); pasted text gets the
 * slug of its title. The result is checked against the article schema before it is returned.
 */
export async function readArticle(input: RawInput, deps: ReadDeps): Promise<Article> {
  deps.onStage?.('reading');
  let text: string;
  if (input.name !== undefined) {
    checkSize(input.bytes.length);
    text = decodeText(input.bytes);
  } else {
    text = input.text;
    checkSize(utf8Size(text, MAX_BYTES));
  }
  if (text.trim().length === 0) refuse({ code: 'empty' });

  deps.onStage?.('extracting');
  const slug = input.name !== undefined ? slugFromName(input.name) : undefined;
  const options: ExtractOptions = {
    ...(slug ? { slug } : {}),
    ...(input.name !== undefined ? { source: { file: baseName(input.name) } } : {}),
  };
  const kind = detectKind(text, input.name);
  const article =
    kind === 'json'
      ? await fromJson(text, slug)
      : kind === 'html'
        ? await fromHtml(text, options, deps)
        : await deps.extract(text, options);

  const { checkArticle, describeProblems } = await import('../article/validate');
  const checked = checkArticle(article);
  if (!checked.ok) return refuse({ code: 'failed', message: describeProblems(checked.problems) });
  // The checked value, in the schema's key order: the same bytes whichever path read it.
  return checked.value;
}
