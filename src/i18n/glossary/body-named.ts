// Bodies known by a proper name after their kind: `Trường THPT Nguyễn Du` -> Nguyễn Du High School,
// `Quân khu 7` -> Military Region 7, `Báo Nhân Dân` -> Nhân Dân newspaper (companies: body-company.ts).
// Vietnamese capitalises common nouns inside names too (`Bệnh viện Mắt Hà Nội` is an eye hospital,
// `Trường Đại học Y Hà Nội` a medical university), so a capitalised name is not enough: only a name that needs
// no translation is kept — a number, a province or city, a person's name (schools and streets are
// named after people), or a brand written without Vietnamese letters.
import { NAMED_BODIES, type Body, type Kind } from './bodies';
import { CITIES, PROVINCES } from './provinces';
import { after, isProperName, Table } from './text';

// The commonest family names: a name that starts with one is a person's.
const FAMILY_NAMES = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lương Đào Chu Tô Hà Lưu Mạc Văn Kim Cao Tạ Lâm Quách Triệu Thái Tôn'.split(
    ' ',
  ),
);
const PLACES = new Table({ ...PROVINCES, ...CITIES });

/** A name English keeps as it is. */
export function keepsItsName(name: string): boolean {
  if (!isProperName(name)) return false;
  if (/^\d+$/u.test(name) || PLACES.exact(name)) return true;
  const words = name.split(' ');
  if (words.length >= 2 && words.length <= 4 && FAMILY_NAMES.has(words[0]!)) return true;
  return /^[A-Za-z0-9 ]+$/u.test(name);
}

/**
 * Kind words, with the English pattern (`%` is the name), the kind of body, whether English puts
 * "the" before it, and whether it is named after the place it stands in (a border station after its
 * commune), so that any place name will do.
 */
const NAMED_AFTER: Record<string, [string, Kind, boolean, boolean?]> = {
  'Quân khu': ['Military Region %', 'force', false],
  'Quân đoàn': ['Army Corps %', 'force', false],
  'Sư đoàn': ['Division %', 'force', false],
  'Lữ đoàn': ['Brigade %', 'force', false],
  'Trung đoàn': ['Regiment %', 'force', false],
  'Vùng Cảnh sát biển': ['Coast Guard Region %', 'force', false],
  'Đồn Biên phòng': ['% Border Guard Station', 'force', true, true],
  // The border guard's name from 1959 to 1979, in the many veterans' stories.
  'Đồn Công an nhân dân vũ trang': ["% People's Armed Police Station", 'force', true, true],
  'Trường Trung học phổ thông chuyên': ['% High School for the Gifted', 'school', false],
  'Trường Trung học phổ thông': ['% High School', 'school', false],
  'Trường Trung học cơ sở': ['% Lower Secondary School', 'school', false],
  'Trường Tiểu học': ['% Primary School', 'school', false],
  'Trường Mầm non': ['% Kindergarten', 'school', false],
  'Trường Cao đẳng nghề': ['% Vocational College', 'school', false],
  // Universities named after a person or a province keep the name: Cần Thơ University. One named by
  // its field (`Trường Đại học Y Hà Nội`, Hanoi Medical University) has an English name of its own.
  'Trường Đại học': ['% University', 'academy', false],
  'Đại học': ['% University', 'academy', false],
  // A newspaper keeps its Vietnamese name in English (VNA: "Editor-in-Chief of Nhân Dân newspaper"),
  // any name written as one, capitalised.
  Báo: ['% newspaper', 'state', false, true],
};
const KINDS = new Table(Object.fromEntries(Object.keys(NAMED_AFTER).map((k) => [k, k])));

/** The forces' own papers have English names: `Báo Quân đội nhân dân` -> the People's Army Newspaper. */
function forcesPaper(name: string): Body | null {
  const force = NAMED_BODIES[name];
  return force?.kind === 'force' ? { en: `${force.en} Newspaper`, the: true, kind: 'state' } : null;
}

export function namedAfter(text: string): Body | null {
  const m = KINDS.prefixes(text)[0];
  if (!m || !m.rest) return null;
  if (m.en === 'Báo' && forcesPaper(m.rest)) return forcesPaper(m.rest);
  const [pattern, kind, the, placeNamed] = NAMED_AFTER[m.en]!;
  if (!(placeNamed ? isProperName(m.rest) : keepsItsName(m.rest))) return null;
  return { en: pattern.replace('%', m.rest), the, kind };
}

/** A unit's command: `Bộ Tư lệnh Quân khu 9` -> the Military Region 9 Command. */
export function command(text: string): Body | null {
  const rest = after(text, 'Bộ Tư lệnh');
  const unit = rest ? namedAfter(rest) : null;
  return unit?.kind === 'force' && !unit.the
    ? { en: `${unit.en} Command`, the: true, kind: 'force' }
    : null;
}
