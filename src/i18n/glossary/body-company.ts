// Companies: legal form + [trade] + name. `Công ty Cổ phần Xi măng Bỉm Sơn` -> Bỉm Sơn Cement Joint
// Stock Company, `Tổng công ty Điện lực miền Trung` -> Central Power Corporation, `Công ty Điện lực
// Quảng Ngãi` -> Quảng Ngãi Power Company: the order companies register their English names in.
// Without a trade word the name must need no translation (see keepsItsName); after one, the rest is
// the company's own name, a province or a region. A company named after Vietnam has an English name
// of its own (Vietnam National Coffee Corporation, Vietnam Dairy Products), so it is not composed.
import type { Body } from './bodies';
import { keepsItsName } from './body-named';
import { parsePlace } from './place';
import { after, isProperName, Table } from './text';

/** Legal forms, longest first; a bare `Công ty` is composed only with a trade (a power company). */
const FORMS: [string, string, boolean][] = [
  ['Công ty Trách nhiệm hữu hạn Một thành viên', 'One Member Limited Liability Company', false],
  ['Công ty Trách nhiệm hữu hạn', 'Limited Liability Company', false],
  ['Công ty Cổ phần', 'Joint Stock Company', false],
  ['Tổng công ty', 'Corporation', false],
  ['Tập đoàn', 'Group', false],
  ['Công ty', 'Company', true],
];

/**
 * Trades whose English is one established word in company names. Words that are also brands or
 * whose companies are known by another English name (`Sữa`, dairy: Vinamilk) are left out.
 */
const TRADES = new Table({
  'Xi măng': 'Cement',
  Thép: 'Steel',
  'Dược phẩm': 'Pharmaceutical',
  Dược: 'Pharmaceutical',
  'Điện lực': 'Power',
  'Cấp nước': 'Water Supply',
  'Cao su': 'Rubber',
  'Xăng dầu': 'Petroleum',
  'Chứng khoán': 'Securities',
  'Bảo hiểm': 'Insurance',
  'Xây dựng': 'Construction',
  'Thương mại': 'Trading',
  'Đầu tư': 'Investment',
  'Vận tải': 'Transport',
  'Phân bón': 'Fertilizer',
  'Thủy điện': 'Hydropower',
  'Khoáng sản': 'Minerals',
  'Du lịch': 'Tourism',
});

const REGIONS = new Table({
  'miền Bắc': 'Northern',
  'miền Trung': 'Central',
  'miền Nam': 'Southern',
});

/** `Xây dựng và Thương mại` -> Construction and Trading; the name is what is left. */
function trades(text: string): { en: string; rest: string } | null {
  const found: string[] = [];
  let rest = text;
  for (;;) {
    const t = TRADES.prefixes(rest)[0];
    if (!t) break;
    found.push(t.en);
    rest = t.rest.replace(/^(?:và|,) /iu, '');
  }
  if (!found.length) return null;
  const last = found.pop()!;
  return { en: found.length ? `${found.join(', ')} and ${last}` : last, rest };
}

/** The name after a trade: a province or city, a region, or the company's own capitalised name. */
function ownName(name: string): string | null {
  const region = REGIONS.exact(name);
  if (region) return region;
  const place = parsePlace(name);
  if (place) {
    if (place.level === 'country') return null;
    if (place.level === 'province' || place.level === 'city') return place.name;
  }
  // A trade word left in the name (`Thép Xây dựng`) means a second trade the table lacks.
  if (!isProperName(name) || name.split(' ').length > 4) return null;
  return TRADES.prefixes(name).length ? null : name;
}

export function company(text: string): Body | null {
  const form = FORMS.find(([vi]) => after(text, vi));
  if (!form) return null;
  const [vi, en, needsTrade] = form;
  const rest = after(text, vi)!;
  const trade = trades(rest);
  if (trade) {
    const name = trade.rest && ownName(trade.rest);
    return name ? { en: `${name} ${trade.en} ${en}`, the: false, kind: 'company' } : null;
  }
  if (needsTrade || !keepsItsName(rest)) return null;
  // `Tập đoàn Sun Group`, `Tập đoàn Vingroup`: the name already says Group.
  const named = rest.toLowerCase().endsWith(en.toLowerCase()) ? rest : `${rest} ${en}`;
  return { en: named, the: false, kind: 'company' };
}

/**
 * A brand's branch in a province, as banks and dealers name them: `chi nhánh Agribank tỉnh Bắc Giang`
 * -> the Agribank Bắc Giang branch. Only a brand written without Vietnamese letters is taken as one.
 */
export function branch(text: string): Body | null {
  const rest = after(text, 'Chi nhánh');
  const m = rest && /^([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)?)(?: (.+))?$/u.exec(rest);
  if (!m) return null;
  const place = m[2] ? parsePlace(m[2]) : null;
  if (m[2] && !(place?.name && (place.level === 'province' || place.level === 'city'))) return null;
  const where = place?.name ? ` ${place.name.replace(/(?<!Ho Chi Minh) City$/u, '')}` : '';
  return { en: `${m[1]}${where} branch`, the: true, kind: 'company' };
}
