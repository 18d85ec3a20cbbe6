// A hand-written check of an article's sections and entities, for the common case of a valid file, in
// the manner of plain-blocks.ts: the same rules as their zod schemas (schema.ts), stricter in one respect
// (no key the schema does not name). zod took 130-250 ms before the first screen of a 5 MB article with
// 10,000 directives; this takes a few. Anything it does not accept is left to zod, so that a damaged file
// is described exactly as before.
import { AWARD_KINDS, type Article } from './schema';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const KINDS: ReadonlySet<unknown> = new Set(AWARD_KINDS);
const ATTRIBUTIONS: ReadonlySet<unknown> = new Set([
  'own',
  'quotation',
  'pronoun',
  'continuation',
  'named-after',
]);

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;
const isId = (v: unknown) => typeof v === 'string' && ID.test(v);
const isText = (v: unknown) => typeof v === 'string' && v.length > 0;
const isNullableString = (v: unknown) => v === null || typeof v === 'string';

/** How many own enumerable keys `o` has (a JSON object has no others). */
function keyCount(o: object): number {
  let n = 0;
  for (const key in o) if (Object.hasOwn(o, key)) n++;
  return n;
}

/** `optional` keys may be absent; present, they count like the others. */
const keysAre = (o: Rec, required: number, optional: string[]) =>
  keyCount(o) === required + optional.filter((k) => o[k] !== undefined).length;

const isPlace = (p: unknown) =>
  isRecord(p) && isOffset(p.block) && isOffset(p.start) && isOffset(p.end) && keyCount(p) === 3;
const arePlaces = (v: unknown) => Array.isArray(v) && v.every(isPlace);
const every = (v: unknown, test: (x: unknown) => boolean) => Array.isArray(v) && v.every(test);

const isSection = (s: unknown) =>
  isRecord(s) &&
  isId(s.id) &&
  isNullableString(s.heading) &&
  (s.headingBlock === null || isOffset(s.headingBlock)) &&
  isOffset(s.startBlock) &&
  isOffset(s.endBlock) &&
  keyCount(s) === 5;

const isRole = (r: unknown) =>
  isRecord(r) && isText(r.text) && arePlaces(r.mentions) && keyCount(r) === 2;

const isPerson = (p: unknown) =>
  isRecord(p) &&
  isId(p.id) &&
  isText(p.name) &&
  every(p.roles, isRole) &&
  (p.credit === undefined || p.credit === 'author' || p.credit === 'photo') &&
  arePlaces(p.mentions) &&
  keysAre(p, 4, ['credit']);

const isDirectiveEvidence = (e: unknown) =>
  isRecord(e) &&
  ATTRIBUTIONS.has(e.attribution) &&
  (e.from === undefined || isPlace(e.from)) &&
  keysAre(e, 1, ['from']);

const isDirective = (d: unknown) =>
  isRecord(d) &&
  isId(d.id) &&
  isNullableString(d.issuer) &&
  typeof d.cue === 'string' &&
  isText(d.text) &&
  isPlace(d.place) &&
  (d.cuePlace === null || isPlace(d.cuePlace)) &&
  (d.evidence === undefined || isDirectiveEvidence(d.evidence)) &&
  keysAre(d, 6, ['evidence']);

const isAwardEvidence = (e: unknown) =>
  isRecord(e) && typeof e.cue === 'string' && isPlace(e.place) && keyCount(e) === 2;

const isAward = (a: unknown) =>
  isRecord(a) &&
  isId(a.id) &&
  isText(a.name) &&
  KINDS.has(a.kind) &&
  isNullableString(a.recipient) &&
  (a.count === undefined ||
    a.count === null ||
    (Number.isSafeInteger(a.count) && (a.count as number) > 0)) &&
  (a.presenter === undefined || isNullableString(a.presenter)) &&
  arePlaces(a.mentions) &&
  (a.evidence === undefined || isAwardEvidence(a.evidence)) &&
  keysAre(a, 5, ['count', 'presenter', 'evidence']);

/** True when the schemas accept the article's sections and entities as they are, with nothing to strip. */
export function arePlainParts(data: Rec): data is Rec & Pick<Article, 'sections' | 'entities'> {
  const e = data.entities;
  return (
    every(data.sections, isSection) &&
    isRecord(e) &&
    every(e.people, isPerson) &&
    every(e.directives, isDirective) &&
    every(e.awards, isAward) &&
    keyCount(e) === 3
  );
}
