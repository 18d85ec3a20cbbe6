// English glosses of Vietnamese titles, bodies and awards, composed from parts (office, body, place,
// class) so that unseen combinations still gloss. A term that cannot be glossed whole returns null:
// the interface then shows the Vietnamese alone, never a partial guess.
import {
  AWARD_KINDS,
  BODIES,
  CLASSES,
  COMMISSIONS,
  FLAG_GIVERS,
  MINISTRIES,
  OFFICES,
  ORDERS,
  PLACES,
  TITLES,
} from './lexicon';

const byLength = (table: Record<string, string>) =>
  Object.keys(table).sort((a, b) => b.length - a.length);
const OFFICE_KEYS = byLength(OFFICES);
const BODY_KEYS = byLength(BODIES);
const COMMISSION_KEYS = byLength(COMMISSIONS);

/** `rest` begins with `word` as a whole word: returns what follows, trimmed, or null. */
function after(text: string, word: string): string | null {
  if (!text.startsWith(word)) return null;
  const rest = text.slice(word.length);
  if (rest && !/^[\s,]/u.test(rest)) return null;
  return rest.trim();
}

/** Vietnamese proper names in English drop their diacritics (`Thừa Thiên Huế` -> `Thua Thien Hue`). */
function placeName(text: string): string | null {
  if (PLACES[text]) return PLACES[text]!;
  if (!/^(?:\p{Lu}[\p{Ll}\p{M}]*)(?: \p{Lu}[\p{Ll}\p{M}]*){0,3}$/u.test(text)) return null;
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** `tỉnh X` -> `X Provincial`, `TP X` -> `X City`, `TP HCM` -> `Ho Chi Minh City`. */
function placeQualifier(text: string): { name: string; level: 'city' | 'province' | null } | null {
  if (PLACES[text])
    return { name: PLACES[text]!, level: PLACES[text]!.endsWith('City') ? 'city' : null };
  for (const [prefix, level] of [
    ['tỉnh ', 'province'],
    ['thành phố ', 'city'],
    ['TP ', 'city'],
  ] as const) {
    if (text.startsWith(prefix)) {
      const name = placeName(text.slice(prefix.length));
      return name ? { name, level } : null;
    }
  }
  const name = placeName(text);
  return name ? { name, level: null } : null;
}

/** A body (`Thành ủy TP HCM`, `Bộ Tư pháp`, `Ban Tổ chức Trung ương`) as an English noun phrase. */
export function glossBody(text: string): string | null {
  const term = text.trim();
  if (BODIES[term]) return BODIES[term]!;
  const ministry = after(term, 'Bộ');
  if (ministry !== null && MINISTRIES[ministry]) return `Ministry of ${MINISTRIES[ministry]}`;
  const department = after(term, 'Sở');
  if (department !== null && MINISTRIES[department])
    return `Department of ${MINISTRIES[department]}`;
  for (const key of COMMISSION_KEYS) {
    const parent = after(term, key);
    if (parent === null) continue;
    if (!parent) return COMMISSIONS[key]!;
    const of = glossBody(parent);
    if (!of) return null;
    return key === 'Ban Thường vụ'
      ? `Standing Committee of the ${of}`
      : `${of}'s ${COMMISSIONS[key]}`;
  }
  for (const key of BODY_KEYS) {
    const rest = after(term, key);
    if (rest === null || !rest) continue;
    const place = placeQualifier(rest);
    if (!place) return null;
    const base = BODIES[key]!;
    if (key === 'Thành ủy') return `${place.name.replace(/ City$/u, '')} City Party Committee`;
    if (place.level === 'province')
      return `${place.name} ${base.replace(/^(?:Provincial )?/u, 'Provincial ')}`;
    if (place.level === 'city') return `${place.name.replace(/ City$/u, '')} City ${base}`;
    return `${place.name} ${base}`;
  }
  return null;
}

/** An office with its body or country: `Bí thư Thành ủy TP HCM`, `Bộ trưởng Bộ Tư pháp`, `Đại sứ Italia`. */
function glossRole(term: string): string | null {
  if (term === 'Ủy viên Bộ Chính trị') return 'Politburo member';
  if (term === 'Ủy viên Trung ương Đảng') return 'member of the Party Central Committee';
  if (term === 'Thủ tướng Chính phủ') return 'Prime Minister';
  if (term === 'Thành ủy viên') return 'member of the City Party Committee';
  if (term === 'Tỉnh ủy viên') return 'member of the Provincial Party Committee';
  for (const key of OFFICE_KEYS) {
    const rest = after(term, key);
    if (rest === null) continue;
    const office = OFFICES[key]!;
    if (!rest) return office;
    const ministry = after(rest, 'Bộ');
    if ((key === 'Bộ trưởng' || key.startsWith('Thứ trưởng')) && ministry && MINISTRIES[ministry]) {
      return `${office} of ${MINISTRIES[ministry]}`;
    }
    // `Phó trưởng Ban Tổ chức Trung ương`: the head of a commission whose name follows the office.
    const body = glossBody(rest) ?? (/ban$/iu.test(key) ? glossBody(`Ban ${rest}`) : null);
    if (body) return key === 'Ủy viên' ? `member of the ${body}` : `${office} of the ${body}`;
    const place = PLACES[rest] ?? null;
    if (place) return `${office} of ${place}`;
    return null;
  }
  return null;
}

/** `Huân chương Lao động hạng Nhất`, `Bằng khen của Ban Thường vụ Thành ủy`, `danh hiệu Anh hùng Lao động`. */
function glossAward(term: string): string | null {
  for (const kind of Object.keys(AWARD_KINDS)) {
    // Kinds are written capitalised or not (`giấy khen`, `Giấy khen`).
    if (!term.toLowerCase().startsWith(kind.toLowerCase())) continue;
    const rest = after(kind + term.slice(kind.length), kind);
    if (rest === null) continue;
    if (!rest) return AWARD_KINDS[kind]!;
    const giver = after(rest, 'của');
    if (giver) {
      if (kind === 'Cờ Thi đua' && FLAG_GIVERS[giver]) return FLAG_GIVERS[giver]!;
      const body = glossBody(giver) ?? glossRole(giver);
      return body ? `${AWARD_KINDS[kind]} from the ${body}` : null;
    }
    if (kind === 'Huân chương') {
      const m = /^(.*?)(?: hạng (Nhất|Nhì|Ba))?$/u.exec(rest)!;
      const order = ORDERS[m[1]!];
      if (!order) return null;
      return m[2] ? `${order}, ${CLASSES[m[2]]}` : order;
    }
    if (kind === 'Huy hiệu Đảng') return null;
    if (kind === 'danh hiệu') {
      const title = TITLES[rest.replace(/^["“]|["”]$/gu, '')];
      return title ? `${title} title` : null;
    }
    return null;
  }
  const badge = /^Huy hiệu (\d+) năm tuổi Đảng$/u.exec(term);
  if (badge) return `${badge[1]}-year Party membership badge`;
  return TITLES[term] ?? null;
}

/** The English gloss of a Vietnamese role, body or award name, or null when there is none. */
export function glossTerm(vietnamese: string): string | null {
  const term = vietnamese.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!term) return null;
  return glossAward(term) ?? glossRole(term) ?? glossBody(term) ?? PLACES[term] ?? null;
}
