// Research institutes named by their discipline, as the two national academies and the Ministry of
// Health name them in English: `Viện Toán học` -> the Institute of Mathematics, `Viện Dinh dưỡng Quốc
// gia` -> the National Institute of Nutrition. Only a whole discipline is read: a university's `Viện`
// named by a field and more (`Viện Cơ khí`, `Viện … và Truyền thông`) is a School in its English name.
import type { Body } from './bodies';
import { after, Table } from './text';

const DISCIPLINES = new Table({
  'Toán học': 'Mathematics',
  'Vật lý': 'Physics',
  'Hóa học': 'Chemistry',
  'Cơ học': 'Mechanics',
  'Công nghệ thông tin': 'Information Technology',
  'Công nghệ sinh học': 'Biotechnology',
  'Hải dương học': 'Oceanography',
  'Triết học': 'Philosophy',
  'Sử học': 'History',
  'Văn học': 'Literature',
  'Ngôn ngữ học': 'Linguistics',
  'Khảo cổ học': 'Archaeology',
  'Dân tộc học': 'Ethnology',
  'Tâm lý học': 'Psychology',
  'Xã hội học': 'Sociology',
  'Nhà nước và Pháp luật': 'State and Law',
});

/** The Ministry of Health's national institutes, named `… Trung ương` or `… Quốc gia`. */
const NATIONAL = new Table({
  'Dinh dưỡng': 'Nutrition',
  'Vệ sinh dịch tễ': 'Hygiene and Epidemiology',
  'Huyết học - Truyền máu': 'Haematology and Blood Transfusion',
  'Kiểm nghiệm thuốc': 'Drug Quality Control',
  'Sốt rét - Ký sinh trùng - Côn trùng': 'Malariology, Parasitology and Entomology',
});

export function institute(text: string): Body | null {
  const rest = after(text, 'Viện');
  if (!rest) return null;
  const discipline = DISCIPLINES.exact(rest);
  if (discipline) return { en: `Institute of ${discipline}`, the: true, kind: 'state' };
  for (const m of NATIONAL.prefixes(rest))
    if (after(m.rest, 'Trung ương') === '' || after(m.rest, 'Quốc gia') === '')
      return { en: `National Institute of ${m.en}`, the: true, kind: 'state' };
  return null;
}
