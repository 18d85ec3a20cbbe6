// Reads and extracts one input, in whichever thread runs it: the article, or the reason it was
// refused, as a message ready for stderr. Nothing throws out of here.
import { parseHTML } from 'linkedom';
import type { Article } from '../../article/schema';
import { extractArticle } from '../../extract/index';
import { InputFailure, readArticle, type ReadDeps } from '../../input/index';
import { reasonOf, sayProblem } from '../messages';
import { readInputFile } from '../read-files';

const deps: ReadDeps = {
  extract: extractArticle,
  parseHtml: (html) => parseHTML(html).document as unknown as Document,
};

export interface ReadJob {
  path: string;
  slug: string;
}

export type ReadResult = { article: Article } | { refused: string };

export async function readOne({ path, slug }: ReadJob): Promise<ReadResult> {
  try {
    const article = await readArticle({ name: path, bytes: readInputFile(path) }, deps);
    return { article: { ...article, slug } };
  } catch (err) {
    return { refused: err instanceof InputFailure ? sayProblem(err.problem) : reasonOf(err) };
  }
}
