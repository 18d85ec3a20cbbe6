// The body a title belongs to, as an English noun phrase: named bodies, ministries and their units,
// Party and Front bodies inside another body (`Ban Thường vụ Tỉnh ủy`), bodies placed by level, and
// bodies known by a proper name. A trailing parenthesis says whose body it is: `Cục … (Bộ Y tế)`.
import { levelBody, localBody, steeringCommittee, superiorBody } from './body-local';
import { branch, company } from './body-company';
import { hospital } from './body-hospital';
import { institute } from './body-institute';
import { ward } from './body-ward';
import { command, namedAfter } from './body-named';
import { NAMED_BODIES, type Body } from './bodies';
import { FIELDS, POLICE_UNITS } from './fields';
import { fullPlace, parsePlace } from './place';
import { COUNTRIES } from './provinces';
import { after, fold, Table } from './text';
import {
  AGENCIES,
  ARMY_GENERAL_DEPARTMENTS,
  GENERAL_DEPARTMENTS,
  MINISTRY_DEPARTMENTS,
  SUB_DEPARTMENTS,
} from './units';

const NAMED = new Table(Object.fromEntries(Object.keys(NAMED_BODIES).map((k) => [k, k])));
const FIELD = new Table(FIELDS);
const POLICE = new Table(POLICE_UNITS);
const SUB = new Table(SUB_DEPARTMENTS);
const COUNTRY = new Table(COUNTRIES);
/** A police division's Cục at the Ministry: `Cục Cảnh sát hình sự` -> the Criminal Police Department. */
const POLICE_DEPARTMENTS = Object.fromEntries(
  Object.entries(POLICE_UNITS)
    .filter(([vi]) => /^(?:Cảnh sát|An ninh) /u.test(vi))
    .map(([vi, en]) => [vi, `${en} Department`]),
);
const UNITS: [string, Table, Body['kind']][] = [
  ['Tổng cục', new Table(GENERAL_DEPARTMENTS), 'state'],
  ['Tổng cục', new Table(ARMY_GENERAL_DEPARTMENTS), 'force'],
  ['Cục', new Table(AGENCIES), 'state'],
  ['Cục', new Table(POLICE_DEPARTMENTS), 'state'],
  ['Vụ', new Table(MINISTRY_DEPARTMENTS), 'state'],
];

/** Bodies inside another: `Ban Thường vụ Tỉnh ủy` -> the Standing Committee of the Provincial Party Committee. */
const PARTS = new Table({
  'Ban Thường vụ': 'Standing Committee',
  'Thường trực': 'Standing Board',
  'Đoàn Chủ tịch': 'Presidium',
  'Ban cán sự đảng': 'Party Civil Affairs Committee',
  'Đảng đoàn': 'Party Delegation',
  'Đảng ủy': 'Party Committee',
  'Ban Chấp hành': 'Executive Committee',
  'Văn phòng': 'Office',
  'Thanh tra': 'Inspectorate',
  // The standing committees of every People's Council.
  'Ban Kinh tế - Ngân sách': 'Economic and Budget Committee',
  'Ban Pháp chế': 'Legal Affairs Committee',
  'Ban Văn hóa - Xã hội': 'Culture and Social Affairs Committee',
  'Ban Đô thị': 'Urban Affairs Committee',
  'Ban Dân tộc': 'Ethnic Affairs Committee',
});

/** Party commissions, owned in English: the Provincial Party Committee's Organization Commission. */
const COMMISSIONS = new Table({
  'Ban Tổ chức': 'Organization Commission',
  'Ban Tuyên giáo': 'Propaganda and Education Commission',
  'Ban Dân vận': 'Mass Mobilization Commission',
  'Ban Tuyên giáo và Dân vận': 'Propaganda and Mass Mobilization Commission',
  'Ban Nội chính': 'Internal Affairs Commission',
  'Ban Kinh tế': 'Economic Commission',
  'Ban Đối ngoại': 'External Relations Commission',
  'Ban Chính sách, chiến lược': 'Policy and Strategy Commission',
  'Ủy ban Kiểm tra': 'Inspection Commission',
});

export const withThe = (b: Body) => (b.the ? `the ${b.en}` : b.en);

/** `khóa XIII` -> 13th. */
function ordinal(roman: string): string | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let n = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]!]!;
    n += v < (values[roman[i + 1] ?? ''] ?? 0) ? -v : v;
  }
  if (!n) return null;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** `Bộ Y tế`, `Sở GD&ĐT tỉnh Ninh Bình`, `Phòng Cảnh sát giao thông`, `Cục Thú y`. */
function unitBody(text: string): Body | null {
  const ministry = after(text, 'Bộ');
  if (ministry) {
    const f = FIELD.prefixes(ministry)[0];
    if (f && !f.rest)
      return { en: `Ministry of ${f.en}`, the: true, kind: 'ministry', field: f.en };
    const country = f && COUNTRY.exact(f.rest);
    if (f && country) return { en: `Ministry of ${f.en} of ${country}`, the: true, kind: 'state' };
  }
  for (const [word, pattern, table] of [
    ['Sở', 'Department of %', FIELD],
    ['Chi cục', 'Sub-department of %', SUB],
    ['Phòng', '% Division', FIELD],
    ['Phòng', '% Division', POLICE],
    ['Đội', '% Team', POLICE],
  ] as const) {
    const rest = after(text, word);
    const f = rest && table.prefixes(rest)[0];
    if (!f) continue;
    const en = pattern.replace('%', f.en);
    if (!f.rest) return { en, the: true, kind: 'state' };
    const place = parsePlace(f.rest);
    if (place && place.level !== 'country')
      return { en: `${en} of ${fullPlace(place)}${place.within}`, the: true, kind: 'state' };
    const parent = parseBody(f.rest);
    if (parent) return { en: `${en} of ${withThe(parent)}`, the: true, kind: 'state' };
  }
  for (const [word, table, kind] of UNITS) {
    const rest = after(text, word);
    const u = rest && table.prefixes(rest)[0];
    if (!u) continue;
    if (!u.rest) return { en: u.en, the: true, kind };
    const parent = parseBody(after(u.rest, 'thuộc') ?? u.rest);
    if (parent) return { en: `${u.en} of ${withThe(parent)}`, the: true, kind };
  }
  return null;
}

/** A body inside another (`Ban Thường vụ Tỉnh ủy`) or a Party commission (`Ban Tổ chức Trung ương`). */
function partOf(text: string): Body | null {
  for (const m of COMMISSIONS.prefixes(text)) {
    if (!m.rest) return { en: m.en, the: true, kind: 'party' };
    const owner = parseBody(m.rest);
    if (owner) return { en: `${owner.en}'s ${m.en}`, the: owner.the, kind: 'party' };
  }
  // `Trung ương Hội Nông dân Việt Nam`: the central committee of a national mass organisation.
  const central = after(text, 'Trung ương');
  const union = central && parseBody(central);
  if (union && union.kind !== 'party' && /^Vietnam /u.test(union.en))
    return { en: `Central Committee of the ${union.en}`, the: true, kind: union.kind };
  for (const m of PARTS.prefixes(text)) {
    if (!m.rest) continue;
    const owner = parseBody(after(m.rest, 'của') ?? m.rest);
    // `Ban Chấp hành Trung ương Đoàn`: a central committee's executive committee is that committee.
    if (owner && m.en === 'Executive Committee' && /Central Committee/u.test(owner.en))
      return owner;
    if (owner) return { en: `${m.en} of ${withThe(owner)}`, the: true, kind: owner.kind };
  }
  return null;
}

/** A named body, alone or followed by the body it belongs to (`Hội đồng Dân tộc của Quốc hội`). */
function namedBody(text: string): Body | null {
  for (const m of NAMED.prefixes(text)) {
    const body = NAMED_BODIES[m.en]!;
    if (!m.rest) return body;
    // Only `của` ("of") or the Assembly and Government own a named body: `Trung ương` + a body is
    // not the Central Committee's.
    const of = after(m.rest, 'của');
    const owner = parseBody(of ?? m.rest);
    // A company's board belongs to the company named after it: `HĐQT Tập đoàn Masan`.
    const owns =
      of !== null ||
      /^(?:National Assembly|Government)$/u.test(owner?.en ?? '') ||
      (body.kind === 'company' && owner?.kind === 'company');
    if (owner && owns) return { ...body, en: `${body.en} of ${withThe(owner)}` };
  }
  return null;
}

/** The body named by `text`, or null when any part of it is not known. */
export function parseBody(text: string): Body | null {
  const paren = /^(.+?) \(([^()]+)\)$/u.exec(text);
  if (paren) {
    const body = parseBody(paren[1]!);
    const owner = parseBody(paren[2]!);
    // `… Việt Nam (VCCI)`: the body's own abbreviation restates it; an unknown one is kept as written.
    if (body && owner?.en === body.en) return body;
    if (body && !owner && /^[A-Z][A-Z&-]{1,7}$/u.test(paren[2]!))
      return { ...body, en: `${body.en} (${paren[2]})` };
    const place = owner ? null : parsePlace(paren[2]!);
    const inner = owner ? owner.en : place && place.level !== 'country' ? fullPlace(place) : null;
    return body && inner ? { ...body, en: `${body.en} (${inner}${place?.within ?? ''})` } : null;
  }
  const term = /^(.+) khóa ([ivxl]+)$/u.exec(fold(text));
  if (term) {
    const body = parseBody(text.slice(0, term[1]!.length));
    const nth = ordinal(term[2]!.toUpperCase());
    return body && nth ? { ...body, en: `${nth} ${body.en}`, the: true } : null;
  }
  return (
    namedBody(text) ??
    unitBody(text) ??
    partOf(text) ??
    levelBody(text) ??
    superiorBody(text) ??
    localBody(text) ??
    steeringCommittee(text) ??
    hospital(text) ??
    ward(text) ??
    institute(text) ??
    company(text) ??
    branch(text) ??
    command(text) ??
    namedAfter(text)
  );
}
