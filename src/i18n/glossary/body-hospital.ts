// Hospitals, named two ways. By specialty and place: `Bệnh viện Mắt tỉnh Nghệ An` -> the Nghệ An
// Provincial Eye Hospital, `Bệnh viện Ung bướu Hà Nội` -> the Hanoi Oncology Hospital (the hospitals'
// own English names put the place first, as the People's Committees do), or the national one of a
// specialty. By a proper name, a quarter or a street: `Bệnh viện Chợ Rẫy` -> Chợ Rẫy Hospital. Any
// other specialty without a place (`Bệnh viện Tai Mũi Họng Trung ương`) stays Vietnamese.
import type { Body } from './bodies';
import { attributive, parsePlace } from './place';
import { after, isProperName, Table } from './text';

const SPECIALTIES: Record<string, string> = {
  'Đa khoa': 'General Hospital',
  Mắt: 'Eye Hospital',
  Nhi: "Children's Hospital",
  'Sản - Nhi': 'Obstetrics and Paediatrics Hospital',
  'Sản Nhi': 'Obstetrics and Paediatrics Hospital',
  'Phụ sản': 'Obstetrics and Gynaecology Hospital',
  'Y học cổ truyền': 'Traditional Medicine Hospital',
  'Y dược cổ truyền': 'Traditional Medicine Hospital',
  'Lao và Bệnh phổi': 'Tuberculosis and Lung Disease Hospital',
  Phổi: 'Lung Hospital',
  'Tâm thần': 'Psychiatric Hospital',
  'Ung bướu': 'Oncology Hospital',
  'Da liễu': 'Dermatology Hospital',
  'Phục hồi chức năng': 'Rehabilitation Hospital',
  'Nội tiết': 'Endocrinology Hospital',
  Tim: 'Heart Hospital',
};
const SPECIALTY = new Table(SPECIALTIES);

/** Hospitals known by a number: `Bệnh viện Quân y 175` -> Military Hospital 175. */
const NUMBERED = new Table({
  'Nhi đồng': "Children's Hospital",
  'Quân y': 'Military Hospital',
  'Nhân dân': "People's Hospital",
});

/** The one national hospital of a specialty (`Bệnh viện Phổi Trung ương`), by its own English name. */
const NATIONAL = new Table({
  Nhi: "National Children's Hospital",
  Phổi: 'National Lung Hospital',
  Mắt: 'Vietnam National Eye Hospital',
  'Nội tiết': 'National Hospital of Endocrinology',
  'Da liễu': 'National Hospital of Dermatology and Venereology',
  'Y học cổ truyền': 'National Hospital of Traditional Medicine',
  'Phụ sản': 'National Hospital of Obstetrics and Gynaecology',
});

// First words of a hospital's common-noun name: a specialty, a sponsor, a level. A name that starts
// with one is not a proper name, even capitalised (`Bệnh viện Tai Mũi Họng`, `Bệnh viện Quân y 175`).
const COMMON = new Set(
  [
    ...Object.keys(SPECIALTIES).map((k) => k.split(' ')[0]!),
    ...'Tai Răng Sản Phụ Lão Châm Bỏng Thận Huyết Chấn Điều Bệnh Dã Quân Công Nhân Trung Quốc Hữu Đại Trường Khu Thành Giao Bưu Xây Thể Đông Nông Dệt Than Điện'.split(
      ' ',
    ),
  ].map((w) => w.toLowerCase()),
);

export function hospital(text: string): Body | null {
  const rest = after(text, 'Bệnh viện');
  if (!rest) return null;
  for (const m of NUMBERED.prefixes(rest))
    if (/^\d+[A-Z]?$/u.test(m.rest)) return { en: `${m.en} ${m.rest}`, the: false, kind: 'state' };
  for (const m of NATIONAL.prefixes(rest))
    if (after(m.rest, 'Trung ương') === '') return { en: m.en, the: true, kind: 'state' };
  for (const m of SPECIALTY.prefixes(rest)) {
    const place = m.rest ? parsePlace(m.rest) : null;
    if (place && place.level !== 'country')
      return { en: `${attributive(place)} ${m.en}${place.within}`, the: true, kind: 'state' };
  }
  const words = rest.split(' ');
  if (words.length < 2 || words.length > 3 || !isProperName(rest)) return null;
  if (COMMON.has(words[0]!.toLowerCase())) return null;
  return { en: `${rest} Hospital`, the: false, kind: 'state' };
}
