// Titles: [qualifier] head [body | place | country], chained with commas or `kiêm` ("concurrently").
// `nguyên Phó Chủ tịch UBND Quận 1 (TPHCM)` -> former Vice Chairman of the District 1 People's
// Committee (Ho Chi Minh City). Every part must be known, or the title is not rendered.
import { parseBody, withThe } from './body';
import type { Body } from './bodies';
import { HEADS, RANKS, WHOLE_POSTS, type Head } from './heads';
import { fullPlace, parsePlace } from './place';
import { COUNTRIES } from './provinces';
import { after, Table } from './text';

const HEAD = new Table(Object.fromEntries(Object.keys(HEADS).map((k) => [k, k])));
const WHOLE = new Table(WHOLE_POSTS);
const RANK = new Table(RANKS);
const COUNTRY = new Table(COUNTRIES);
const QUALIFIERS: [string, string][] = [
  ['nguyên', 'former'],
  ['cố', 'the late'],
  ['Quyền', 'Acting'],
];

/** The head's English before `of` this body. */
function headFor(head: Head, body: Body, viaUnit: boolean): string {
  return head.by?.[body.kind] ?? (viaUnit && head.of ? head.of : head.en);
}

/** Head + what follows it: a body, a unit named without its word, a place or a country. */
function headed(vi: string, rest: string): string | null {
  const head = HEADS[vi]!;
  if (!rest) return /^(?:Trưởng|Phó Trưởng|Đại biểu)$/u.test(vi) ? null : head.en;
  rest = after(rest, 'của') ?? rest;
  // `Phó Trưởng đoàn chuyên trách`: a full-time post, where others hold it besides their own.
  const fullTime = after(rest, 'chuyên trách');
  if (fullTime !== null) {
    const en = headed(vi, fullTime);
    return en && `full-time ${en}`;
  }
  if (head.country) {
    const title = typeof head.country === 'string' ? head.country : head.en;
    const country = COUNTRY.exact(rest);
    if (country) return `${title} of ${country}`;
    const [from, to] = rest.split(' tại ');
    const a = from && COUNTRY.exact(from);
    const b = to && COUNTRY.exact(to);
    if (a && b) return `${title} of ${a} to ${b}`;
  }
  if (vi === 'Bộ trưởng' || vi.startsWith('Thứ trưởng')) {
    // `Bộ trưởng Bộ Y tế`, `Bộ trưởng Quốc phòng Trung Quốc`: the Minister of a field.
    const body = parseBody(after(rest, 'Bộ') !== null ? rest : `Bộ ${rest}`);
    if (body?.field) return `${head.en} of ${body.field}`;
    if (body && vi === 'Bộ trưởng') return `${head.en} of ${body.en.replace(/^Ministry of /u, '')}`;
  }
  if (vi === 'Đại biểu') {
    const body = parseBody(rest);
    if (body) return `deputy to ${withThe(body)}`;
    const place = parsePlace(after(rest, 'Quốc hội') ?? '');
    return place ? `National Assembly deputy from ${fullPlace(place)}` : null;
  }
  const unit = head.unit && parseBody(`${head.unit} ${rest}`);
  if (unit) {
    const dropped = head.drops && `the ${head.drops} of `;
    const of = withThe(unit);
    const owner = dropped && of.startsWith(dropped) ? of.slice(dropped.length) : of;
    return `${headFor(head, unit, true)} of ${owner}`;
  }
  const body = parseBody(rest);
  if (body) {
    const en = headFor(head, body, !!head.unit);
    return vi === 'Ủy viên' && body.en === 'Politburo'
      ? 'Politburo member'
      : `${en} of ${withThe(body)}`;
  }
  // `Chủ tịch xã Tân An`: the chair of a place's People's Committee, named by the place; `Trưởng thôn
  // Phú Xuân`: a village's or hamlet's head, who heads no body but the place itself.
  const chair = /^(?:Phó )?Chủ tịch$/u.test(vi);
  if (chair || /^(?:Phó )?Trưởng$/u.test(vi)) {
    const place = parsePlace(rest);
    const village = place?.level === 'village' || place?.level === 'hamlet';
    if (place && place.name && place.level !== 'country' && chair !== village)
      return `${head.en} of ${fullPlace(place)}${place.within}`;
  }
  return null;
}

/** One post, without qualifiers. */
function post(text: string): string | null {
  const whole = WHOLE.exact(text);
  if (whole) return whole;
  const paren = /^(.+?) \(([^()]+)\)$/u.exec(text);
  for (const m of HEAD.prefixes(text)) {
    const en = headed(m.en, m.rest);
    if (en) return en;
  }
  if (paren) {
    // `Chủ tịch xã Tân An (huyện Hàm Yên, Tuyên Quang)`: the parenthesis locates the post.
    const outer = post(paren[1]!);
    const place = parsePlace(paren[2]!);
    const where = place && place.level !== 'country' ? fullPlace(place) + place.within : null;
    // A police unit's code (`PA 81`) is kept as written: it is a code, not Vietnamese words.
    const code = /^[A-Z]{1,3} ?\d{1,3}$/u.test(paren[2]!) ? paren[2]! : null;
    const owner = where ?? code ?? (parseBody(paren[2]!)?.en || null);
    if (outer && owner) return `${outer} (${owner})`;
  }
  for (const m of RANK.prefixes(text)) {
    if (!m.rest) return m.en;
    const rest = post(m.rest);
    if (rest) return `${m.en}, ${rest}`;
  }
  return null;
}

/** A post with its qualifiers: `nguyên` (former), `cố` (the late), `Quyền` (Acting). */
function qualifiedPost(text: string): string | null {
  for (const [vi, en] of QUALIFIERS) {
    const rest = after(text, vi);
    const inner = rest && qualifiedPost(rest);
    if (inner) return `${en} ${inner}`;
  }
  return post(text);
}

const startsPost = (text: string) =>
  HEAD.prefixes(text).length > 0 ||
  WHOLE.prefixes(text).length > 0 ||
  RANK.prefixes(text).length > 0 ||
  QUALIFIERS.some(([vi]) => after(text, vi) !== null);

/** A comma starts a new post only where one begins; inside a name (`Văn hóa, Thể thao`) it does not. */
function splitChain(text: string): string[] {
  const posts: string[] = [];
  for (const piece of text.split(/, | kiêm /u)) {
    if (posts.length && !startsPost(piece)) posts[posts.length - 1] += `, ${piece}`;
    else posts.push(piece);
  }
  return posts;
}

/** The English of a title, or null when any post in it cannot be rendered whole. */
export function glossTitle(text: string): string | null {
  const whole = WHOLE.exact(text);
  if (whole) return whole;
  const parts = splitChain(text).map(qualifiedPost);
  return parts.every((p) => p !== null) ? parts.join(', ') : null;
}
