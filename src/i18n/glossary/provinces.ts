// The 63 provinces and centrally-run cities, with the short and variant spellings the press uses.
// English keeps the Vietnamese name with its diacritics (as the national news agency's English
// service does), except the two cities with an established English name.

// The one list of provinces, shared with the extractor. Taken from its data file rather than through
// '@/extract': the door would bring the whole extractor into the glossary's chunk (31 KB instead of 14).
import { PROVINCES as PROVINCE_NAMES } from '@/extract/lexicon/provinces';

/** Centrally-run cities: their English name as it stands before "People's Committee". */
export const CITIES: Record<string, string> = {
  'Hà Nội': 'Hanoi',
  'Hồ Chí Minh': 'Ho Chi Minh City',
  'Sài Gòn': 'Ho Chi Minh City',
  'Hải Phòng': 'Hải Phòng City',
  'Đà Nẵng': 'Đà Nẵng City',
  'Cần Thơ': 'Cần Thơ City',
};

/** The 58 provinces; a variant spelling maps to the usual one. */
export const PROVINCES: Record<string, string> = Object.fromEntries(
  PROVINCE_NAMES.map((name): [string, string] => [name, name]).concat([
    // Variant spellings seen across outlets.
    ['Bà Rịa Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['BR-VT', 'Bà Rịa - Vũng Tàu'],
    ['Bắc Cạn', 'Bắc Kạn'],
    ['Đăk Lăk', 'Đắk Lắk'],
    ['Đắk Lăk', 'Đắk Lắk'],
    ['Đắc Lắc', 'Đắk Lắk'],
    ['Đăk Nông', 'Đắk Nông'],
    ['Thừa Thiên - Huế', 'Thừa Thiên Huế'],
    ['TT-Huế', 'Thừa Thiên Huế'],
    ['Kontum', 'Kon Tum'],
  ]),
);

/** Countries that appear in titles (`Đại sứ Italia`, `Bộ trưởng Quốc phòng Trung Quốc`). */
export const COUNTRIES: Record<string, string> = {
  'Việt Nam': 'Vietnam',
  'Trung Quốc': 'China',
  'Hoa Kỳ': 'the United States',
  Mỹ: 'the United States',
  'Nhật Bản': 'Japan',
  'Hàn Quốc': 'the Republic of Korea',
  Lào: 'Laos',
  Campuchia: 'Cambodia',
  'Thái Lan': 'Thailand',
  Singapore: 'Singapore',
  Indonesia: 'Indonesia',
  Malaysia: 'Malaysia',
  Philippines: 'the Philippines',
  Myanmar: 'Myanmar',
  'Ấn Độ': 'India',
  Nga: 'Russia',
  Pháp: 'France',
  Đức: 'Germany',
  Anh: 'the United Kingdom',
  Italia: 'Italy',
  Ý: 'Italy',
  Australia: 'Australia',
  Úc: 'Australia',
  Canada: 'Canada',
  Cuba: 'Cuba',
};
