// Honours: an order or medal with its class, a title of honour, a certificate or flag with its giver,
// a commemorative medal with its motto, a Party membership badge, a State prize.
// `Bằng khen của Bộ trưởng Bộ Công an` -> Certificate of Merit of the Minister of Public Security.
import { parseBody, withThe } from './body';
import { FIELDS } from './fields';
import {
  CAUSES,
  CLASSES,
  FOREIGN_ORDERS,
  HONOUR_TITLES,
  MEDALS,
  MOTTOS,
  ORDERS,
  PRIZE_FIELDS,
  PRIZES,
} from './honours';
import { fullPlace, parsePlace } from './place';
import { COUNTRIES } from './provinces';
import { after, Table } from './text';
import { glossTitle } from './title';

const ORDER = new Table(ORDERS);
const FOREIGN_ORDER = new Table(FOREIGN_ORDERS);
const COUNTRY = new Table(COUNTRIES);
const MEDAL = new Table(MEDALS);
const CLASS = new Table(CLASSES);
const TITLE = new Table(HONOUR_TITLES);
const CAUSE = new Table({ ...FIELDS, ...CAUSES });
const MOTTO = new Table(MOTTOS);
const PRIZE = new Table(PRIZES);
const PRIZE_FIELD = new Table(PRIZE_FIELDS);

/** Givers with an established possessive: the Prime Minister's Certificate of Merit. */
const POSSESSIVE: Record<string, string> = {
  'Thủ tướng Chính phủ': "Prime Minister's",
  'Thủ tướng': "Prime Minister's",
  'Chính phủ': "Government's",
};

/** Who gives it: a person by title, a body, or a place (`của tỉnh Nghệ An`). */
function giver(text: string): string | null {
  const title = glossTitle(text);
  if (title) return /^(?:the |former )/u.test(title) ? title : `the ${title}`;
  const body = parseBody(text);
  if (body) return withThe(body);
  const place = parsePlace(text);
  return place && place.level !== 'country' && place.name ? fullPlace(place) + place.within : null;
}

/** `Bằng khen`, `Giấy khen`, `Cờ thi đua` [xuất sắc | năm 2016] [của giver]. */
function certificate(text: string): string | null {
  for (const [vi, en] of [
    ['Bằng khen', 'Certificate of Merit'],
    ['Giấy khen', 'Certificate of Commendation'],
    ['Cờ thi đua', 'Emulation Flag'],
  ] as const) {
    let rest = after(text, vi);
    if (rest === null) continue;
    let name: string = en;
    const excellent = after(rest, 'xuất sắc');
    if (excellent !== null) [name, rest] = [`Excellent ${en}`, excellent];
    const year = /^năm (\d{4})\b ?(.*)$/u.exec(rest);
    if (year) [name, rest] = [`${year[1]} ${name}`, year[2]!];
    if (!rest) return name;
    // `của` ("of") is often left out: `Cờ thi đua Chính phủ`, `Bằng khen UBND tỉnh`.
    const who = after(rest, 'của') ?? rest;
    const possessive = Object.entries(POSSESSIVE).find(([k]) => after(who, k) === '');
    if (possessive) return `${possessive[1]} ${name}`;
    const by = giver(who);
    return by ? `${name} of ${by}` : null;
  }
  return null;
}

/** The state that confers an order: `của Nhà nước Lào`, `Nga`. */
function state(text: string): string | null {
  const rest = after(text, 'của') ?? text;
  return COUNTRY.exact(after(rest, 'Nhà nước') ?? rest);
}

/**
 * `Huân chương Lao động hạng Nhất`, `Huy chương Chiến sĩ vẻ vang hạng Ba`, with the state of a
 * foreign order after its class: `Huân chương Lao động hạng Nhì của Nhà nước Lào`.
 */
function decoration(text: string): string | null {
  for (const [vi, table, foreign] of [
    ['Huân chương', ORDER, FOREIGN_ORDER],
    ['Huy chương', MEDAL, null],
  ] as const) {
    const rest = after(text, vi);
    if (!rest) continue;
    const own = table.prefixes(rest)[0];
    const m = own ?? foreign?.prefixes(rest)[0];
    if (!m) continue;
    let tail = m.rest;
    let cls = '';
    const ranked = after(tail, 'hạng');
    if (ranked !== null) {
      const [word = '', ...more] = ranked.split(' ');
      const c = CLASS.exact(word);
      if (!c) return null;
      [cls, tail] = [`, ${c}`, more.join(' ')];
    }
    const country = tail ? state(tail) : null;
    if (!own && !country) return null;
    if (!tail || country) return `${m.en}${country ? ` of ${country}` : ''}${cls}`;
    // Our own orders, with who confers them: `của Chủ tịch nước`, `của Nhà nước`.
    const who = after(tail, 'của');
    const by = who && (after(who, 'Nhà nước') === '' ? 'the State' : giver(who));
    return by ? `${m.en}${cls}, conferred by ${by}` : null;
  }
  return null;
}

/** `Kỷ niệm chương "Vì sự nghiệp Công đoàn"`. */
function commemorative(text: string): string | null {
  const rest = after(text, 'Kỷ niệm chương');
  if (rest === null) return null;
  if (!rest) return 'Commemorative Medal';
  const motto = rest.replace(/^"(.*)"$/u, '$1');
  const cause = after(motto, 'Vì sự nghiệp');
  const field = cause && CAUSE.exact(cause);
  if (field) return `Commemorative Medal "For the Cause of ${field}"`;
  const other = MOTTO.exact(motto);
  return other ? `Commemorative Medal "${other}"` : null;
}

/** `Huy hiệu 50 năm tuổi Đảng`, `Giải thưởng Nhà nước về khoa học và công nghệ`. */
function badgeOrPrize(text: string): string | null {
  const badge = /^huy hiệu (\d+) năm tuổi đảng$/iu.exec(text);
  if (badge) return `${badge[1]}-year Party membership badge`;
  if (/^huy hiệu Tuổi trẻ dũng cảm$/iu.test(text)) return 'Brave Youth Badge';
  // `Giải Báo chí Quốc gia`: the press often drops `thưởng`.
  const rest = after(text, 'Giải thưởng') ?? after(text, 'Giải');
  const p = rest && PRIZE.prefixes(rest)[0];
  if (!p) return null;
  if (!p.rest) return p.en;
  const field = PRIZE_FIELD.exact(after(p.rest, 'về') ?? '');
  return field ? `${p.en} for ${field}` : null;
}

/** The war or period a hero's title is for: `trong thời kỳ đổi mới`, `kháng chiến chống Mỹ`. */
const ERA = new Table({
  'đổi mới': 'in the Renewal Period',
  'kháng chiến chống Mỹ': 'in the resistance war against the US',
  'kháng chiến chống Pháp': 'in the resistance war against the French',
});
function era(text: string): string | null {
  const rest = after(text, 'trong') ?? text;
  return ERA.exact(after(rest, 'thời kỳ') ?? rest);
}

/** `danh hiệu Anh hùng Lao động [thời kỳ đổi mới] [của Chủ tịch nước]`, or the title alone. */
function honourTitle(text: string): string | null {
  const named = after(text, 'danh hiệu');
  const t = TITLE.prefixes((named ?? text).replace(/^"|"$/gu, ''))[0];
  if (!t) return null;
  const title = named === null ? t.en : `title of ${t.en}`;
  if (!t.rest) return title;
  const period = era(t.rest);
  if (period) return `${title} ${period}`;
  const who = after(t.rest.replace(/^"/u, '').trim(), 'của');
  const by = who && giver(who);
  return by ? `title of ${t.en}, conferred by ${by}` : null;
}

/** An honour's kind named alone, as the extractor reports it. */
const KINDS = new Table({
  'Huân chương': 'Order',
  'Huy chương': 'Medal',
  'Huy hiệu Đảng': 'Party membership badge',
  'Huy hiệu': 'Badge',
  'Kỷ niệm chương': 'Commemorative Medal',
  'Bằng khen': 'Certificate of Merit',
  'Giấy khen': 'Certificate of Commendation',
  'Cờ thi đua': 'Emulation Flag',
  'danh hiệu': 'title',
  'Giải thưởng': 'Prize',
});

/** The English of an honour's name, or null when any part of it is not known. */
export function glossAward(text: string): string | null {
  return (
    KINDS.exact(text) ??
    decoration(text) ??
    certificate(text) ??
    commemorative(text) ??
    badgeOrPrize(text) ??
    honourTitle(text)
  );
}
