// Everything the library needs from a collection of articles, as files: the library in pages,
// the people index in pages plus one file per person, the search index and the manifest that
// ties them together (docs/scale.md). Pure: the ingest writes what this returns.
import type { Article } from '../article/schema';
import { entryOf, sourceOf } from './entry';
import { countFacet } from './filters';
import { buildPeople, summaryOf } from './people/build';
import { occurrencesOf } from './people/occurrence';
import { COLLECTION_VERSION, type Entry, type Manifest } from './schema';
import { createIndex, searchDocOf } from './search';

/** Entries per library page: the first page is the only collection data before the first paint. */
export const PAGE_SIZE = 100;
export const PEOPLE_PAGE_SIZE = 200;

export const paths = {
  manifest: 'library/manifest.json',
  page: (n: number) => `library/page-${n}.json`,
  peoplePage: (n: number) => `people/page-${n}.json`,
  person: (key: string) => `person/${key}.json`,
  search: 'search/index.json',
};

export interface CollectionInput {
  article: Article;
  /** Where the text came from when the article does not say (the folder it was in). */
  source?: string | null;
}

const newestFirst = (a: Entry, b: Entry) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug);

function pages<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The collection's files, path → JSON text. */
export function buildCollection(inputs: CollectionInput[]): Map<string, string> {
  const occurrences = inputs.flatMap(({ article }) => occurrencesOf(article));
  const people = buildPeople(occurrences);
  const keyOf = new Map<string, string>();
  for (const p of people)
    for (const a of p.articles) keyOf.set(`${a.slug}\u0000${a.personId}`, p.key);

  const entries = inputs
    .map(({ article, source }) =>
      entryOf(
        article,
        (id) => keyOf.get(`${article.slug}\u0000${id}`),
        sourceOf(article) ?? source ?? null,
      ),
    )
    .sort(newestFirst);

  const files = new Map<string, string>();
  const json = (value: unknown) => `${JSON.stringify(value)}\n`;
  const libraryPages = pages(entries, PAGE_SIZE);
  libraryPages.forEach((list, i) =>
    files.set(paths.page(i + 1), json({ version: COLLECTION_VERSION, page: i + 1, entries: list })),
  );
  const summaries = people.map(summaryOf);
  const peoplePages = pages(summaries, PEOPLE_PAGE_SIZE);
  peoplePages.forEach((list, i) =>
    files.set(
      paths.peoplePage(i + 1),
      json({ version: COLLECTION_VERSION, page: i + 1, entries: list }),
    ),
  );
  for (const p of people) files.set(paths.person(p.key), json(p));

  const index = createIndex();
  index.addAll(inputs.map(({ article }) => searchDocOf(article)));
  files.set(paths.search, json(index));

  const names = new Map(people.map((p) => [p.key, p.name]));
  const dated = entries.filter((e) => e.date).map((e) => e.date!);
  const manifest: Manifest = {
    version: COLLECTION_VERSION,
    articles: entries.length,
    pageSize: PAGE_SIZE,
    pages: libraryPages.length,
    people: people.length,
    peoplePages: peoplePages.length,
    dates: { first: dated.at(-1) ?? null, last: dated[0] ?? null },
    facets: {
      person: countFacet(entries, 'person', (k) => names.get(k) ?? k),
      issuer: countFacet(entries, 'issuer', (k) => names.get(k) ?? k),
      kind: countFacet(entries, 'kind'),
      source: countFacet(entries, 'source'),
    },
    search: [paths.search],
  };
  files.set(paths.manifest, json(manifest));
  return files;
}
