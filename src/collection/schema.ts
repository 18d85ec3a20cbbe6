// The collection's files under /articles/ (docs/scale.md): the library in pages, the people index
// in pages plus one file per person, and the search index. Validated on load like the articles.
import * as z from 'zod/mini';
import { AWARD_KINDS } from '../article/schema';

export const COLLECTION_VERSION = 1;

const count = z.int().check(z.nonnegative());
const key = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a key (a-z, 0-9, -)'));
const date = z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')));

/** One article as the library lists, filters and exports it. */
export const entrySchema = z.object({
  slug: key,
  title: z.string(),
  date,
  /** The first paragraph, cut to a preview. */
  lead: z.string(),
  /** The outlet: the HTML page's site, or the folder the text came from; null when unknown. */
  source: z.nullable(z.string()),
  counts: z.object({ people: count, directives: count, awards: count }),
  /** Keys of the people it names (see people/), of the issuers of its directives, its award kinds. */
  people: z.array(key),
  issuers: z.array(key),
  kinds: z.array(z.enum(AWARD_KINDS)),
  /** Imported in this browser rather than ingested. */
  local: z.optional(z.boolean()),
});

const facetCount = z.object({ value: z.string(), label: z.string(), count });

/** What the library needs before its first paint: totals, how many pages, the facets' counts. */
export const manifestSchema = z.object({
  version: z.literal(COLLECTION_VERSION),
  articles: count,
  pageSize: count,
  pages: count,
  people: count,
  peoplePages: count,
  dates: z.object({ first: date, last: date }),
  facets: z.object({
    person: z.array(facetCount),
    issuer: z.array(facetCount),
    kind: z.array(facetCount),
    source: z.array(facetCount),
  }),
  /** The search index's files; loaded together on the first query. */
  search: z.array(z.string()),
});

/** Entries lose nothing when one is bad: each is checked on its own (see check.ts). */
export const pageSchema = z.object({
  version: z.literal(COLLECTION_VERSION),
  page: count,
  entries: z.array(z.unknown()),
});

export const personSummarySchema = z.object({
  key,
  name: z.string(),
  role: z.nullable(z.string()),
  articles: count,
  directives: count,
  awards: count,
});

const at = { slug: key, title: z.string(), date };

export const personDetailSchema = z.object({
  key,
  name: z.string(),
  role: z.nullable(z.string()),
  roles: z.array(z.object({ text: z.string(), first: date, last: date, articles: count })),
  articles: z.array(z.object({ ...at, personId: key })),
  directives: z.array(z.object({ ...at, text: z.string() })),
  awards: z.array(
    z.object({
      ...at,
      name: z.string(),
      kind: z.string(),
      as: z.enum(['given', 'received']),
    }),
  ),
});

export type Entry = z.infer<typeof entrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type FacetCount = z.infer<typeof facetCount>;
export type PersonSummary = z.infer<typeof personSummarySchema>;
export type PersonDetail = z.infer<typeof personDetailSchema>;
