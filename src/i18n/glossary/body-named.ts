// Bodies known by a proper name after their kind: `Trường THPT Nguyễn Du` -> Nguyễn Du High School,
// `Quân khu 7` -> Military Region 7, `Công ty TNHH Talentnet` -> Talentnet Limited Liability Company.
// The name must be a proper name as written (capitalised words): a common noun there would need a
// translation the glossary does not guess.
import type { Body, Kind } from './bodies';
import { isProperName, Table } from './text';

/** Kind words, with the English pattern (`%` is the name) and the kind of body. */
const NAMED_AFTER: Record<string, [string, Kind, boolean]> = {
  'Quân khu': ['Military Region %', 'force', false],
  'Quân đoàn': ['Army Corps %', 'force', false],
  'Sư đoàn': ['Division %', 'force', false],
  'Vùng Cảnh sát biển': ['Coast Guard Region %', 'force', false],
  'Đồn Biên phòng': ['% Border Guard Station', 'force', true],
  // The border guard's name from 1959 to 1979, in the many veterans' stories.
  'Đồn Công an nhân dân vũ trang': ["% People's Armed Police Station", 'force', true],
  'Trường Trung học phổ thông chuyên': ['% High School for the Gifted', 'school', false],
  'Trường Trung học phổ thông': ['% High School', 'school', false],
  'Trường Trung học cơ sở': ['% Lower Secondary School', 'school', false],
  'Trường Tiểu học': ['% Primary School', 'school', false],
  'Trường Mầm non': ['% Kindergarten', 'school', false],
  'Trường Cao đẳng nghề': ['% Vocational College', 'school', false],
  'Bệnh viện': ['% Hospital', 'state', false],
  'Công ty Trách nhiệm hữu hạn Một thành viên': [
    '% One Member Limited Liability Company',
    'company',
    false,
  ],
  'Công ty Trách nhiệm hữu hạn': ['% Limited Liability Company', 'company', false],
  'Công ty Cổ phần': ['% Joint Stock Company', 'company', false],
  'Tổng công ty': ['% Corporation', 'company', false],
  'Tập đoàn': ['% Group', 'company', false],
};
const KINDS = new Table(Object.fromEntries(Object.keys(NAMED_AFTER).map((k) => [k, k])));

export function namedAfter(text: string): Body | null {
  const m = KINDS.prefixes(text)[0];
  if (!m || !m.rest || !isProperName(m.rest)) return null;
  const [pattern, kind, the] = NAMED_AFTER[m.en]!;
  return { en: pattern.replace('%', m.rest), the, kind };
}
