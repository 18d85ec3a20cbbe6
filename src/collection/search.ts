// Full-text search over a collection with MiniSearch (docs/scale.md says why this library). The same
// options build the index at ingest and query it in the browser, so both fold text alike.
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import type { Article } from '../article/schema';
import { fold, foldedWords } from './fold';

export interface SearchDoc {
  id: string;
  title: string;
  lead: string;
  /** Names and roles of everyone the article names. */
  people: string;
  body: string;
}

export const SEARCH_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'lead', 'people', 'body'],
  storeFields: [],
  tokenize: (text) => text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [],
  processTerm: (term) => fold(term),
  searchOptions: { boost: { title: 3, people: 2, lead: 1.5 }, prefix: true },
};

export function searchDocOf(article: Article): SearchDoc {
  return {
    id: article.slug,
    title: article.title,
    lead: article.lead,
    people: article.entities.people
      .map((p) => [p.name, ...p.roles.map((r) => r.text)].join(' '))
      .join(' · '),
    // The lead is block 0; the rest of the text once.
    body: article.blocks
      .slice(1)
      .map((b) => b.text)
      .join('\n'),
  };
}

export const createIndex = () => new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
export const loadIndex = (json: string) => MiniSearch.loadJSON<SearchDoc>(json, SEARCH_OPTIONS);

export interface Hit {
  slug: string;
  /** Whether the article holds every word of the query. */
  all: boolean;
  /** The folded words of the index that matched, for highlighting. */
  terms: string[];
}

/** The word being typed matches as a prefix once it has this many letters (fewer would match most words). */
const PREFIX_FROM = 3;

/** How often `word` stands in the index (per field, its prefix matches included), counted without scoring. */
function postings(index: MiniSearch<SearchDoc>, word: string, prefix: SearchOptions['prefix']) {
  let n = 0;
  // MiniSearch asks boostDocument before it scores a document; 0 skips it. Counting this way walks
  // the word's postings without building a result for each (a tenth of a search's time).
  index.search(word, { prefix, boostDocument: () => (n++, 0) });
  return n;
}

/**
 * The articles holding every word of `q`, as MiniSearch's own AND ranks them, but scored only
 * among the articles of its rarest word. MiniSearch scores each word over every article that holds
 * it before intersecting, so a name with a common family name ("nguyen", "van") scored thousands of
 * articles to keep a few dozen. Same results, same scores, same order: an article without the
 * rarest word cannot hold them all, and a word's score in an article does not depend on the others.
 */
function holdingEvery(
  index: MiniSearch<SearchDoc>,
  q: string,
  words: string[],
  prefix: SearchOptions['prefix'],
): SearchResult[] {
  if (words.length === 1) return index.search(q, { combineWith: 'AND', prefix });
  let rarest = words[0]!;
  let fewest = Infinity;
  for (const word of new Set(words)) {
    const n = postings(index, word, prefix);
    if (n < fewest) [rarest, fewest] = [word, n];
  }
  if (fewest === 0) return [];
  // When even the rarest word is in most articles, there is little to leave out.
  if (fewest > index.documentCount / 2) return index.search(q, { combineWith: 'AND', prefix });
  const holding = new Set<unknown>();
  index.search(rarest, { prefix, boostDocument: (id) => (holding.add(id), 0) });
  return index.search(q, {
    combineWith: 'AND',
    prefix,
    boostDocument: (id) => (holding.has(id) ? 1 : 0),
  });
}

/**
 * Articles matching `query`: those that hold every word, by relevance, so a full name finds the
 * articles that name that person rather than every article sharing one syllable of it. Only when no
 * article holds them all come the articles holding some of them (`all: false`). The last word
 * matches as a prefix while it is typed.
 */
export function searchIndex(index: MiniSearch<SearchDoc>, query: string): Hit[] {
  const wordsOfQuery = foldedWords(query);
  if (wordsOfQuery.length === 0) return [];
  const q = wordsOfQuery.join(' ');
  const last = wordsOfQuery[wordsOfQuery.length - 1]!;
  const prefix = (term: string) => term === last && term.length >= PREFIX_FROM;
  const hit = (all: boolean) => (r: SearchResult) => ({ slug: String(r.id), all, terms: r.terms });
  const every = holdingEvery(index, q, wordsOfQuery, prefix).map(hit(true));
  if (every.length > 0 || wordsOfQuery.length === 1) return every;
  return index.search(q, { combineWith: 'OR', prefix }).map(hit(false));
}
