// Full-text search over a collection with MiniSearch (docs/scale.md says why this library). The same
// options build the index at ingest and query it in the browser, so both fold text alike.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
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
  const every = index.search(q, { combineWith: 'AND', prefix }).map(hit(true));
  if (every.length > 0 || wordsOfQuery.length === 1) return every;
  return index.search(q, { combineWith: 'OR', prefix }).map(hit(false));
}
