// A hospital's clinical departments (khoa), named in English by their specialty: `khoa Cấp cứu, Bệnh
// viện Bạch Mai` -> the Emergency Department of Bạch Mai Hospital, headed by its Head (Trưởng khoa).
// Only under a hospital or alone: a university's khoa is a Faculty with a Dean, read differently.
import type { Body } from './bodies';
import { hospital } from './body-hospital';
import { after, Table } from './text';

const WARDS = new Table({
  'Cấp cứu': 'Emergency',
  'Hồi sức tích cực': 'Intensive Care',
  'Khám bệnh': 'Outpatient',
  Nhi: 'Paediatrics',
  'Sơ sinh': 'Neonatology',
  Sản: 'Obstetrics',
  'Phụ sản': 'Obstetrics and Gynaecology',
  Ngoại: 'Surgery',
  'Ngoại tổng hợp': 'General Surgery',
  Nội: 'Internal Medicine',
  'Nội tổng hợp': 'General Internal Medicine',
  'Truyền nhiễm': 'Infectious Diseases',
  'Bệnh nhiệt đới': 'Tropical Diseases',
  'Tim mạch': 'Cardiology',
  'Thần kinh': 'Neurology',
  'Ung bướu': 'Oncology',
  'Tiêu hóa': 'Gastroenterology',
  'Hô hấp': 'Respiratory',
  'Huyết học': 'Haematology',
  'Nội tiết': 'Endocrinology',
  'Dinh dưỡng': 'Nutrition',
  'Chẩn đoán hình ảnh': 'Diagnostic Imaging',
  'Giải phẫu bệnh': 'Pathology',
  'Kiểm soát nhiễm khuẩn': 'Infection Control',
  'Y học cổ truyền': 'Traditional Medicine',
  'Phục hồi chức năng': 'Rehabilitation',
  'Lão khoa': 'Geriatrics',
  'Da liễu': 'Dermatology',
  Dược: 'Pharmacy',
});

/** `khoa Nhi`, `khoa Nhi, Bệnh viện …`, `khoa Nhi Bệnh viện …`. */
export function ward(text: string): Body | null {
  const rest = after(text, 'Khoa');
  for (const m of rest ? WARDS.prefixes(rest) : []) {
    const en = `${m.en} Department`;
    if (!m.rest) return { en, the: true, kind: 'state' };
    const owner = hospital(m.rest.replace(/^, /u, ''));
    if (owner)
      return { en: `${en} of ${owner.the ? 'the ' : ''}${owner.en}`, the: true, kind: 'state' };
  }
  return null;
}
