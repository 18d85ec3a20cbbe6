// Heads of bodies, ranks and posts that stand alone. English from the Ministry of Foreign Affairs'
// guide to English titles (Circular 03/2009/TT-BNG: Cục trưởng and Vụ trưởng are Directors General,
// Trưởng phòng a Head of Division) and the national news agency's usage for Party and army titles.
import type { Kind } from './bodies';

export interface Head {
  en: string;
  /** The unit word a head may drop before its unit's name: `Trưởng phòng An ninh kinh tế`. */
  unit?: string;
  /** The head's English when the unit follows (`Chief` of the Office, not `Chief of Office` of it). */
  of?: string;
  /** Heads read differently with some kinds of body (`Chánh án` of the Supreme Court: Chief Justice). */
  by?: Partial<Record<Kind, string>>;
  /**
   * A unit the head's English already names, dropped before its owner: the Chief Inspector of the
   * Ministry of Construction, not of its Inspectorate (as the ministries' English pages write it).
   */
  drops?: string;
  /** May be followed by a country: `Đại sứ Italia`, `Thủ tướng Nhật Bản`; a string if it reads differently there. */
  country?: boolean | string;
}

const PRESIDENT = { academy: 'President' } as const;

export const HEADS: Record<string, Head> = {
  'Tổng Bí thư': { en: 'General Secretary' },
  'Bí thư': { en: 'Secretary' },
  'Bí thư thứ nhất': { en: 'First Secretary' },
  'Phó Bí thư': { en: 'Deputy Secretary' },
  'Phó Bí thư Thường trực': { en: 'Permanent Deputy Secretary' },
  // A state's Chủ tịch is its President (`Chủ tịch Trung Quốc`, `Chủ tịch Lào`).
  'Chủ tịch': { en: 'Chairman', by: PRESIDENT, country: 'President' },
  'Phó Chủ tịch': {
    en: 'Vice Chairman',
    by: { academy: 'Vice President' },
    country: 'Vice President',
  },
  'Phó Chủ tịch Thường trực': { en: 'Permanent Vice Chairman' },
  'Thủ tướng': { en: 'Prime Minister', country: true },
  'Phó Thủ tướng': { en: 'Deputy Prime Minister', country: true },
  'Phó Thủ tướng Thường trực': { en: 'Permanent Deputy Prime Minister' },
  'Tổng thống': { en: 'President', country: true },
  'Phó Tổng thống': { en: 'Vice President', country: true },
  'Quốc vương': { en: 'King', country: true },
  'Ủy viên Quốc vụ': { en: 'State Councillor', country: true },
  'Đại sứ': { en: 'Ambassador', country: true },
  'Đại sứ đặc mệnh toàn quyền': {
    en: 'Ambassador Extraordinary and Plenipotentiary',
    country: true,
  },
  'Tổng Lãnh sự': { en: 'Consul General', country: true },
  'Ủy viên': { en: 'member' },
  'Ủy viên dự khuyết': { en: 'alternate member' },
  // A full-time member of a National Assembly committee or a Front committee.
  'Ủy viên Thường trực': { en: 'Standing member' },
  'Đại biểu': { en: 'deputy' },
  Trưởng: { en: 'Head' },
  'Phó Trưởng': { en: 'Deputy Head' },
  'Trưởng ban': { en: 'Head', unit: 'Ban' },
  'Phó Trưởng ban': { en: 'Deputy Head', unit: 'Ban' },
  'Phó Trưởng ban Thường trực': { en: 'Permanent Deputy Head', unit: 'Ban' },
  'Trưởng đoàn': { en: 'Head', unit: 'Đoàn' },
  'Phó Trưởng đoàn': { en: 'Deputy Head', unit: 'Đoàn' },
  'Trưởng phòng': { en: 'Head of Division', of: 'Head', unit: 'Phòng' },
  'Phó Trưởng phòng': { en: 'Deputy Head of Division', of: 'Deputy Head', unit: 'Phòng' },
  'Đội trưởng': { en: 'Team Leader', of: 'Head', unit: 'Đội' },
  'Phó Đội trưởng': { en: 'Deputy Team Leader', of: 'Deputy Head', unit: 'Đội' },
  'Bộ trưởng': { en: 'Minister', country: true },
  'Thứ trưởng': { en: 'Deputy Minister' },
  'Thứ trưởng Thường trực': { en: 'Permanent Deputy Minister' },
  'Tổng cục trưởng': { en: 'Director General', unit: 'Tổng cục' },
  'Phó Tổng cục trưởng': { en: 'Deputy Director General', unit: 'Tổng cục' },
  // A province's Cục (its tax, customs, statistics office) is headed by a Director, as the Ministry of
  // Finance's English pages name them; a ministry's Cục by a Director General.
  'Cục trưởng': { en: 'Director General', unit: 'Cục', by: { department: 'Director' } },
  'Phó Cục trưởng': {
    en: 'Deputy Director General',
    unit: 'Cục',
    by: { department: 'Deputy Director' },
  },
  'Vụ trưởng': { en: 'Director General', unit: 'Vụ' },
  'Phó Vụ trưởng': { en: 'Deputy Director General', unit: 'Vụ' },
  'Chi cục trưởng': { en: 'Head of Sub-department', of: 'Head', unit: 'Chi cục' },
  'Phó Chi cục trưởng': {
    en: 'Deputy Head of Sub-department',
    of: 'Deputy Head',
    unit: 'Chi cục',
  },
  'Chánh Văn phòng': { en: 'Chief of Office', of: 'Chief', unit: 'Văn phòng' },
  'Phó Chánh Văn phòng': { en: 'Deputy Chief of Office', of: 'Deputy Chief', unit: 'Văn phòng' },
  'Chánh Thanh tra': { en: 'Chief Inspector', unit: 'Thanh tra', drops: 'Inspectorate' },
  'Phó Chánh Thanh tra': {
    en: 'Deputy Chief Inspector',
    unit: 'Thanh tra',
    drops: 'Inspectorate',
  },
  'Tổng Thanh tra': { en: 'Inspector General' },
  'Phó Tổng Thanh tra': { en: 'Deputy Inspector General' },
  'Tổng Kiểm toán': { en: 'Auditor General' },
  'Phó Tổng Kiểm toán': { en: 'Deputy Auditor General' },
  'Thống đốc': { en: 'Governor' },
  'Phó Thống đốc': { en: 'Deputy Governor' },
  'Giám đốc': { en: 'Director', by: PRESIDENT },
  'Phó Giám đốc': { en: 'Deputy Director', by: { academy: 'Vice President' } },
  'Tổng Giám đốc': { en: 'General Director' },
  'Đồng Giám đốc': { en: 'Co-Director' },
  'Phó Tổng Giám đốc': { en: 'Deputy General Director' },
  'Chánh án': { en: 'Chief Judge', by: { 'supreme-court': 'Chief Justice' } },
  'Phó Chánh án': { en: 'Deputy Chief Judge', by: { 'supreme-court': 'Deputy Chief Justice' } },
  'Viện trưởng': {
    en: 'Director',
    by: { procuracy: 'Chief Procurator', 'supreme-procuracy': 'Procurator General' },
  },
  'Phó Viện trưởng': {
    en: 'Deputy Director',
    by: { procuracy: 'Deputy Chief Procurator', 'supreme-procuracy': 'Deputy Procurator General' },
  },
  'Thẩm phán': { en: 'Judge' },
  'Kiểm sát viên': { en: 'Procurator' },
  'Tư lệnh': { en: 'Commander' },
  // The commanders of a division, brigade, regiment: the Commander of Division 304.
  'Sư đoàn trưởng': { en: 'Division Commander', of: 'Commander', unit: 'Sư đoàn' },
  'Phó Sư đoàn trưởng': {
    en: 'Deputy Division Commander',
    of: 'Deputy Commander',
    unit: 'Sư đoàn',
  },
  'Lữ đoàn trưởng': { en: 'Brigade Commander', of: 'Commander', unit: 'Lữ đoàn' },
  'Phó Lữ đoàn trưởng': { en: 'Deputy Brigade Commander', of: 'Deputy Commander', unit: 'Lữ đoàn' },
  'Trung đoàn trưởng': { en: 'Regiment Commander', of: 'Commander', unit: 'Trung đoàn' },
  'Phó Trung đoàn trưởng': {
    en: 'Deputy Regiment Commander',
    of: 'Deputy Commander',
    unit: 'Trung đoàn',
  },
  'Phó Tư lệnh': { en: 'Deputy Commander' },
  'Chính ủy': { en: 'Political Commissar' },
  'Phó Chính ủy': { en: 'Deputy Political Commissar' },
  'Chỉ huy trưởng': { en: 'Commander' },
  'Phó Chỉ huy trưởng': { en: 'Deputy Commander' },
  'Chính trị viên': { en: 'Political Instructor' },
  'Phó Chính trị viên': { en: 'Deputy Political Instructor' },
  'Tham mưu trưởng': { en: 'Chief of Staff' },
  'Tổng Tham mưu trưởng': { en: 'Chief of the General Staff' },
  'Phó Tổng Tham mưu trưởng': { en: 'Deputy Chief of the General Staff' },
  'Chủ nhiệm': { en: 'Chairman', by: { force: 'Director' } },
  'Phó Chủ nhiệm': { en: 'Vice Chairman', by: { force: 'Deputy Director' } },
  'Tổng Thư ký': { en: 'Secretary General' },
  'Hiệu trưởng': { en: 'Principal', by: { academy: 'Rector' } },
  'Phó Hiệu trưởng': { en: 'Vice Principal', by: { academy: 'Vice Rector' } },
  // The head of a hospital's clinical department (see body-ward.ts).
  'Trưởng khoa': { en: 'Head of Department', of: 'Head', unit: 'Khoa' },
  'Phó Trưởng khoa': { en: 'Deputy Head of Department', of: 'Deputy Head', unit: 'Khoa' },
  'Tổng Biên tập': { en: 'Editor-in-Chief' },
  'Phó Tổng Biên tập': { en: 'Deputy Editor-in-Chief' },
  'Người phát ngôn': { en: 'Spokesperson' },
  'Cố vấn': { en: 'Adviser' },
  'Cố vấn cao cấp': { en: 'Senior Adviser' },
  'Chuyên gia kinh tế trưởng': { en: 'Chief Economist' },
  'Giám đốc quốc gia': { en: 'Country Director' },
  'Trưởng đại diện': { en: 'Chief Representative' },
  // Who speaks for a body at an event: `đại diện Bộ Y tế`, a representative of the Ministry of Health.
  'Đại diện': { en: 'representative' },
};

/** Posts whose English is not head + body. */
export const WHOLE_POSTS: Record<string, string> = {
  'Ủy viên Bộ Chính trị': 'Politburo member',
  'Thường trực Ban Bí thư': 'Permanent member of the Secretariat',
  'Tỉnh ủy viên': 'member of the Provincial Party Committee',
  'Thành ủy viên': 'member of the City Party Committee',
  'Huyện ủy viên': 'member of the District Party Committee',
  'Chủ tịch nước': 'State President',
  'Phó Chủ tịch nước': 'Vice President',
  'Thủ tướng Chính phủ': 'Prime Minister',
  'Phó Thủ tướng Chính phủ': 'Deputy Prime Minister',
  'Phó Thủ tướng Thường trực Chính phủ': 'Permanent Deputy Prime Minister',
  'Đại biểu Quốc hội': 'National Assembly deputy',
  'Tổng Kiểm toán Nhà nước': 'State Auditor General',
  // The Government portal's English: "Government Inspector General".
  'Tổng Thanh tra Chính phủ': 'Government Inspector General',
  'Phó Tổng Thanh tra Chính phủ': 'Deputy Government Inspector General',
};

/** Ranks of the army and police, from private to general, and the navy's flag ranks. */
export const RANKS: Record<string, string> = {
  'Đại tướng': 'General',
  'Thượng tướng': 'Senior Lieutenant General',
  'Trung tướng': 'Lieutenant General',
  'Thiếu tướng': 'Major General',
  'Đô đốc': 'Admiral',
  'Phó Đô đốc': 'Vice Admiral',
  'Chuẩn Đô đốc': 'Rear Admiral',
  'Đại tá': 'Colonel',
  'Thượng tá': 'Senior Lieutenant Colonel',
  'Trung tá': 'Lieutenant Colonel',
  'Thiếu tá': 'Major',
  'Đại úy': 'Captain',
  'Thượng úy': 'Senior Lieutenant',
  'Trung úy': 'Lieutenant',
  'Thiếu úy': 'Second Lieutenant',
  'Thượng sĩ': 'Senior Sergeant',
  'Trung sĩ': 'Sergeant',
  'Hạ sĩ': 'Corporal',
  'Binh nhất': 'Private First Class',
  'Binh nhì': 'Private',
};
