// Bodies placed by where they govern: `UBND tỉnh Bình Định`, `Tỉnh ủy Ninh Bình`, `Công an huyện`,
// `Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Quảng Trị`.
import type { Body } from './bodies';
import { STEERING_TOPICS } from './fields';
import { LEVEL_BODIES, LOCAL_BODIES, type LocalBody } from './local-bodies';
import { attributive, fullPlace, parsePlace, type Place } from './place';
import { after, isProperName, Table } from './text';

const LOCAL = new Table(Object.fromEntries(Object.keys(LOCAL_BODIES).map((k) => [k, k])));
const LEVEL = new Table(Object.fromEntries(Object.keys(LEVEL_BODIES).map((k) => [k, k])));
const TOPICS = new Table(STEERING_TOPICS);
const local = (en: string, kind: Body['kind'] = 'union'): Body => ({ en, the: true, kind });

/** `Police` at `Quảng Trị Provincial` -> Quảng Trị Provincial Police; at Vietnam -> its national name. */
function placed(body: LocalBody, place: Place): string | null {
  if (place.level === 'country')
    return place.name === 'Vietnam' ? (body.national ?? `Vietnam ${body.en}`) : null;
  if (body.of && place.name) return `${body.en} of ${fullPlace(place)}${place.within}`;
  return `${attributive(place)} ${body.en}${place.within}`;
}

/** A body that exists at every level, with or without its place. */
export function localBody(text: string): Body | null {
  for (const m of LOCAL.prefixes(text)) {
    const body = LOCAL_BODIES[m.en]!;
    if (!m.rest) return local(body.en, body.kind);
    const place = parsePlace(m.rest);
    const en = place && placed(body, place);
    if (en) return local(en, body.kind);
  }
  return null;
}

/**
 * The three superior courts and procuracies, named by their city: `TAND cấp cao tại Đà Nẵng` -> the
 * Superior People's Court in Đà Nẵng (the Supreme People's Court's English name for them).
 */
export function superiorBody(text: string): Body | null {
  for (const [vi, en, kind] of [
    ['Tòa án nhân dân cấp cao tại', "Superior People's Court in", 'court'],
    ['Viện Kiểm sát nhân dân cấp cao tại', "Superior People's Procuracy in", 'procuracy'],
  ] as const) {
    const rest = after(text, vi);
    const place = rest ? parsePlace(rest) : null;
    if (place?.level === 'city' && place.name && !place.within)
      return local(`${en} ${place.name.replace(/(?<!Ho Chi Minh) City$/u, '')}`, kind);
  }
  return null;
}

/** `Tỉnh ủy`, `Thành ủy Đà Nẵng`, `Huyện ủy Đăk Hà`: the level is in the word, the name follows. */
export function levelBody(text: string): Body | null {
  for (const m of LEVEL.prefixes(text)) {
    const { en, level } = LEVEL_BODIES[m.en]!;
    let place: Place | null = m.rest ? parsePlace(m.rest) : { level, name: null, within: '' };
    if (!place && isProperName(m.rest)) {
      // A name alone after a level word: `Huyện ủy Đăk Hà`, `Thành ủy Vinh` (a provincial city).
      const noun = { province: 'Province', city: 'City', district: 'District', town: 'Town' }[
        level
      ];
      place = level === 'province' ? null : { level, name: `${m.rest} ${noun}`, within: '' };
    }
    if (!place || place.level === 'country') continue;
    return local(`${attributive(place)} ${en}${place.within}`);
  }
  return null;
}

const SCOPES: [string, string][] = [
  ['Quốc gia', 'National'],
  ['Trung ương', 'Central'],
  ['Nhà nước', 'State'],
];

/** `Ban Chỉ đạo [Quốc gia] [về] [topic] [place]` -> [place] [National] Steering Committee [for topic]. */
export function steeringCommittee(text: string): Body | null {
  let rest = after(text, 'Ban Chỉ đạo');
  if (rest === null) return null;
  let scope = '';
  for (const [vi, en] of SCOPES) {
    const r = after(rest, vi);
    if (r !== null) [scope, rest] = [`${en} `, r];
  }
  rest = after(rest, 'về') ?? rest;
  let topic = '';
  const t = TOPICS.prefixes(rest)[0];
  if (t) [topic, rest] = [` for ${t.en}`, t.rest];
  if (!rest) return local(`${scope}Steering Committee${topic}`);
  const place = parsePlace(rest);
  if (!place || place.level === 'country' || scope) return null;
  return local(`${attributive(place)} Steering Committee${topic}${place.within}`);
}
