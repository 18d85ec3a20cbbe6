// What the reader gave the import page -> a checked article, through the same reader as the CLI
// (src/input), with the browser's parts: the extractor in a Web Worker and the DOMParser.
import type { Article } from '@/article/schema';
import { checkSize, readArticle, type InputStage } from '@/input';
import { runExtraction } from './run-extraction';

export type Stage = InputStage | 'saving';
export type Input = { kind: 'text'; text: string } | { kind: 'file'; file: File };

/** Turns the input into a checked article, the same one the CLI writes; `onStage` hears progress. */
export async function articleFromInput(
  input: Input,
  onStage: (stage: Stage) => void = () => {},
): Promise<Article> {
  const deps = {
    extract: runExtraction,
    parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
    onStage,
  };
  if (input.kind === 'text') return readArticle({ text: input.text }, deps);
  onStage('reading');
  // Refused before its bytes are loaded: a huge file never fills the tab's memory.
  checkSize(input.file.size);
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  return readArticle({ name: input.file.name, bytes }, deps);
}

/** A slug of its own for a copy kept in this browser, so an import never replaces another. */
export const asLocalCopy = (article: Article): Article => ({
  ...article,
  slug: `${article.slug.slice(0, 50).replace(/-+$/u, '')}-${Date.now().toString(36)}`,
});
