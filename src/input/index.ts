// src/input: reading what a person gives docbao (a .txt, a saved .html page, an article .json, or
// pasted text) into a checked article, for the CLI and the import page alike. Pure: Node's and the
// browser's parts (the extractor's runner, the HTML parser) come in as arguments.
export { readArticle, type InputStage, type RawInput, type ReadDeps } from './read-article';
export {
  checkSize,
  InputFailure,
  MAX_BYTES,
  problemMessage,
  refuse,
  type InputProblem,
} from './problems';
export { planSlugs, slugFromName } from './slugs';
