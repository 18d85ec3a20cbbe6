// The extractor's only door: raw article text -> Article (see src/article/schema.ts).
// Pure: no React, no DOM, no node:* — the CLI and the browser run the same code.
import type { Article } from '../article/schema';
import { normalizeText } from './normalize';
import { slugify } from './slug';
import { findAwards } from './awards';
import { findDirectives } from './directives';
import { findPeople } from './people';
import { splitSentences } from './sentences';
import { findStructure, readingText } from './structure';

export interface ExtractOptions {
  /** The article's slug; default: derived from the title. */
  slug?: string;
  /** Where the text came from (a file name, a site, a URL), recorded as given. */
  source?: Article['source'];
  /** A title known from elsewhere (an HTML page's headline); default: derived from the text. */
  title?: string;
  /** An ISO date (YYYY-MM-DD) known from elsewhere; default: none. */
  date?: string | null;
}

// The version of the JSON this extractor writes; the type ties it to the schema's, so a new schema
// version does not compile until the extractor is brought up to it. A value import would bring zod
// into the extractor's bundle.
const SCHEMA_VERSION: Article['schemaVersion'] = 1;

/** Turns the text of one article into the article JSON, with its people, directives and awards. */
export function extractArticle(text: string, options: ExtractOptions = {}): Article {
  const normalized = normalizeText(String(text));
  const structure = findStructure(normalized);
  const title = options.title?.trim() || structure.title;
  const { people, references } = findPeople(structure.blocks);
  // Sentences of each block's reading text, split once for every stage that needs them.
  const sentences = structure.blocks.map((b) => splitSentences(readingText(b)));
  const directives = findDirectives(structure.blocks, references, sentences);
  const date = options.date ?? structure.date;
  const awards = findAwards(
    structure.blocks,
    references,
    sentences,
    date ? Number(date.slice(0, 4)) : null,
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    slug: options.slug ?? slugify(title),
    title,
    titleDerived: !options.title?.trim() && structure.titleDerived,
    lang: 'vi',
    lead: structure.lead,
    byline: structure.byline,
    date,
    ...(options.source ? { source: options.source } : {}),
    blocks: structure.blocks,
    sections: structure.sections,
    entities: { people, directives, awards },
  };
}

export { slugify } from './slug';
