// The article JSON contract, defined once. The CLI validates what it writes, the app validates what it
// loads, and the TypeScript types below are inferred from these schemas. docs/article-json.md explains it.
// zod/mini: the same checks as classic zod at a fraction of the bundle (the reader validates on load).
import * as z from 'zod/mini';

export const SCHEMA_VERSION = 1;

/** The award kinds of ../shared/spec/EXTRACTION.md, spelt as there. */
export const AWARD_KINDS = [
  'Huân chương',
  'Huy chương',
  'Huy hiệu Đảng',
  'Cờ Thi đua',
  'Bằng khen',
  'Giấy khen',
  'Kỷ niệm chương',
  'danh hiệu',
  'Giải thưởng',
] as const;

const id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id (a-z, 0-9, -)'));
const offset = z.int().check(z.nonnegative());
const count = z.int().check(z.nonnegative());
const nonEmpty = () => z.string().check(z.minLength(1));

/** A character range [start, end) into the text of one block (0-based, end-exclusive JS indices). */
export const placeSchema = z.object({
  block: offset,
  start: offset,
  end: offset,
});

/** A range inside one block's own text, used for the parts of a figure line. */
export const spanSchema = z.object({ start: offset, end: offset });

const blockBase = { id, text: z.string() };

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ ...blockBase, type: z.literal('paragraph'), lead: z.optional(z.boolean()) }),
  z.object({
    ...blockBase,
    type: z.literal('heading'),
    level: z.int().check(z.minimum(2), z.maximum(4)),
  }),
  z.object({ ...blockBase, type: z.literal('quote') }),
  // `text` is the whole caption line; `caption` and `credit` say which parts of it are which
  // (`credit` covers the photographer's name only, without the `Ảnh:` label).
  z.object({
    ...blockBase,
    type: z.literal('figure'),
    caption: spanSchema,
    credit: z.nullable(spanSchema),
  }),
  z.object({ ...blockBase, type: z.literal('byline') }),
  // A line that only credits someone: the photographer (`Ảnh: Việt Dũng`) or the writer (`Bài: Minh
  // Anh` above the text). `names` covers the names on it, without the label.
  z.object({
    ...blockBase,
    type: z.literal('credit'),
    credit: z.enum(['author', 'photo']),
    names: spanSchema,
  }),
]);

export const sectionSchema = z.object({
  id,
  /** null for the opening part before the first heading. */
  heading: z.nullable(z.string()),
  /** Index of the heading block, null for the opening part. */
  headingBlock: z.nullable(offset),
  /** Blocks [startBlock, endBlock) belong to the section. */
  startBlock: offset,
  endBlock: offset,
});

export const roleSchema = z.object({
  text: nonEmpty(),
  mentions: z.array(placeSchema),
});

export const personSchema = z.object({
  id,
  name: nonEmpty(),
  roles: z.array(roleSchema),
  credit: z.optional(z.enum(['author', 'photo'])),
  mentions: z.array(placeSchema),
});

/**
 * Why a sentence is its issuer's: its own words (`X yêu cầu …`), a quotation closed by an attribution,
 * a pronoun subject (`Ông đề nghị …`), reported speech it continues, or a sentence after it that names
 * whose it was (`named-after`: `Đây là yêu cầu của X`). `from` is the sentence that named the issuer,
 * when it is another one.
 */
export const directiveEvidenceSchema = z.object({
  attribution: z.enum(['own', 'quotation', 'pronoun', 'continuation', 'named-after']),
  from: z.optional(placeSchema),
});

export const directiveSchema = z.object({
  id,
  /** The id of the person who gave it, or null when no person can be found. */
  issuer: z.nullable(z.string()),
  cue: z.string(),
  text: nonEmpty(),
  /** Where the sentence stands. */
  place: placeSchema,
  /** Where the cue word stands, when it is a contiguous phrase of the sentence. */
  cuePlace: z.nullable(placeSchema),
  /** How it was attributed; absent in JSON written before the field existed. */
  evidence: z.optional(directiveEvidenceSchema),
});

export const awardSchema = z.object({
  id,
  name: nonEmpty(),
  kind: z.enum(AWARD_KINDS),
  recipient: z.nullable(z.string()),
  count: z.optional(z.nullable(z.int().check(z.positive()))),
  /** The id of the person who handed it over, when named. */
  presenter: z.optional(z.nullable(z.string())),
  mentions: z.array(placeSchema),
  /** The verb of conferring or receiving that made the first mention an award (`trao tặng`). */
  evidence: z.optional(z.object({ cue: z.string(), place: placeSchema })),
});

const articleObject = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  slug: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a slug (a-z, 0-9, -)')),
  title: nonEmpty(),
  /** True when the text had no title line and the title was derived from its content. */
  titleDerived: z.boolean(),
  lang: z.string().check(z.minLength(2)),
  /** The first paragraph, as plain text. */
  lead: z.string(),
  byline: z.nullable(z.string()),
  /** ISO date (YYYY-MM-DD) when the article states one; null otherwise. */
  date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'))),
  source: z.optional(
    z.object({
      file: z.optional(z.string()),
      site: z.optional(z.string()),
      url: z.optional(z.string()),
    }),
  ),
  blocks: z.array(blockSchema),
  sections: z.array(sectionSchema),
  entities: z.object({
    people: z.array(personSchema),
    directives: z.array(directiveSchema),
    awards: z.array(awardSchema),
  }),
});

type Ctx = z.core.$RefinementCtx<z.infer<typeof articleObject>>;

function checkPlace(
  ctx: Ctx,
  blocks: { text: string }[],
  place: z.infer<typeof placeSchema>,
  path: (string | number)[],
) {
  const block = blocks[place.block];
  if (!block) {
    ctx.addIssue({ code: 'custom', path: [...path, 'block'], message: 'no such block' });
  } else if (place.start > place.end || place.end > block.text.length) {
    ctx.addIssue({ code: 'custom', path, message: 'range lies outside its block' });
  }
}

/** Cross-field rules: every range inside its block, unique ids, references that resolve. */
function checkReferences(article: z.infer<typeof articleObject>, ctx: Ctx) {
  const { blocks, entities } = article;
  // Only figures and credits hold ranges: the other blocks (all 200,000 lines of a long list) are
  // passed over without allocating anything for them.
  const checkSpan = (i: number, key: string, span: { start: number; end: number } | null) => {
    if (span && (span.start > span.end || span.end > blocks[i]!.text.length)) {
      ctx.addIssue({
        code: 'custom',
        path: ['blocks', i, key],
        message: 'range lies outside the line',
      });
    }
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'figure') {
      checkSpan(i, 'caption', b.caption);
      checkSpan(i, 'credit', b.credit);
    } else if (b.type === 'credit') checkSpan(i, 'names', b.names);
  }
  article.sections.forEach((s, i) => {
    if (s.startBlock > s.endBlock || s.endBlock > blocks.length) {
      ctx.addIssue({ code: 'custom', path: ['sections', i], message: 'block range out of bounds' });
    }
  });
  const personIds = new Set<string>();
  entities.people.forEach((p, i) => {
    if (personIds.has(p.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['entities', 'people', i, 'id'],
        message: 'duplicate id',
      });
    }
    personIds.add(p.id);
    p.mentions.forEach((m, j) =>
      checkPlace(ctx, blocks, m, ['entities', 'people', i, 'mentions', j]),
    );
    p.roles.forEach((r, j) =>
      r.mentions.forEach((m, k) =>
        checkPlace(ctx, blocks, m, ['entities', 'people', i, 'roles', j, 'mentions', k]),
      ),
    );
  });
  entities.directives.forEach((d, i) => {
    const path = ['entities', 'directives', i];
    if (d.issuer !== null && !personIds.has(d.issuer)) {
      ctx.addIssue({ code: 'custom', path: [...path, 'issuer'], message: 'unknown person id' });
    }
    checkPlace(ctx, blocks, d.place, [...path, 'place']);
    if (d.cuePlace) checkPlace(ctx, blocks, d.cuePlace, [...path, 'cuePlace']);
    if (d.evidence?.from) checkPlace(ctx, blocks, d.evidence.from, [...path, 'evidence', 'from']);
  });
  entities.awards.forEach((a, i) => {
    const path = ['entities', 'awards', i];
    if (a.presenter != null && !personIds.has(a.presenter)) {
      ctx.addIssue({ code: 'custom', path: [...path, 'presenter'], message: 'unknown person id' });
    }
    a.mentions.forEach((m, j) => checkPlace(ctx, blocks, m, [...path, 'mentions', j]));
    if (a.evidence) checkPlace(ctx, blocks, a.evidence.place, [...path, 'evidence', 'place']);
  });
}

export const articleSchema = articleObject.check(z.superRefine(checkReferences));

/**
 * The same contract for an article whose blocks were already checked (plain-blocks.ts): they are
 * taken as they are, and every other field and cross-reference is checked as above.
 */
export const articleSchemaCheckedBlocks = z
  .extend(articleObject, { blocks: z.custom<z.infer<typeof blockSchema>[]>() })
  .check(z.superRefine(checkReferences));

/**
 * The same for an article whose blocks, sections and entities were all checked by hand (plain-blocks.ts,
 * plain-entities.ts): the rest of its fields and every cross-reference are checked as above.
 */
export const articleSchemaCheckedParts = z
  .extend(articleObject, {
    blocks: z.custom<z.infer<typeof blockSchema>[]>(),
    sections: z.custom<z.infer<typeof sectionSchema>[]>(),
    entities: z.custom<z.infer<typeof articleObject.shape.entities>>(),
  })
  .check(z.superRefine(checkReferences));

export const articleSummarySchema = z.object({
  slug: articleObject.shape.slug,
  title: z.string(),
  date: z.nullable(z.string()),
  lead: z.string(),
  counts: z.object({ people: count, directives: count, awards: count }),
});

export const articleIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleSummarySchema),
});

export type Place = z.infer<typeof placeSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Person = z.infer<typeof personSchema>;
export type Directive = z.infer<typeof directiveSchema>;
export type Award = z.infer<typeof awardSchema>;
export type DirectiveEvidence = z.infer<typeof directiveEvidenceSchema>;
export type AwardKind = (typeof AWARD_KINDS)[number];
export type Article = z.infer<typeof articleSchema>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type ArticleIndex = z.infer<typeof articleIndexSchema>;
