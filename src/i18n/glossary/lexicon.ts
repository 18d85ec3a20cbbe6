// English renderings of the parts that Vietnamese titles, bodies and awards are made of. Sources: the
// established renderings listed in ../shared/spec/GLOSSARY.md, and the usage of Vietnam's own
// English-language press (VNA, Vietnam News) for ministries, ranks and award classes.

/** Offices and ranks (`Bí thư` -> `Secretary`). Longest first when matching. */
export const OFFICES: Record<string, string> = {
  'Tổng Bí thư': 'General Secretary',
  'Thường trực Ban Bí thư': 'Permanent member of the Secretariat',
  'Phó Bí thư Thường trực': 'Permanent Deputy Secretary',
  'Phó Bí thư': 'Deputy Secretary',
  'Bí thư': 'Secretary',
  'Ủy viên': 'member',
  'Chủ tịch nước': 'State President',
  'Phó Chủ tịch nước': 'State Vice President',
  'Phó Chủ tịch Thường trực': 'Permanent Vice Chairman',
  'Phó Chủ tịch': 'Vice Chairman',
  'Chủ tịch': 'Chairman',
  'Phó Thủ tướng Thường trực': 'Permanent Deputy Prime Minister',
  'Phó Thủ tướng': 'Deputy Prime Minister',
  'Thủ tướng': 'Prime Minister',
  'Bộ trưởng': 'Minister',
  'Thứ trưởng Thường trực': 'Permanent Deputy Minister',
  'Thứ trưởng': 'Deputy Minister',
  'Phó Trưởng ban': 'Deputy Head',
  'Phó trưởng ban': 'Deputy Head',
  'Phó Trưởng Ban': 'Deputy Head',
  'Phó trưởng Ban': 'Deputy Head',
  'Trưởng ban': 'Head',
  'Trưởng Ban': 'Head',
  'Tổng Giám đốc': 'General Director',
  'Phó Tổng Giám đốc': 'Deputy General Director',
  'Giám đốc': 'Director',
  'Phó Giám đốc': 'Deputy Director',
  'Đồng Giám đốc': 'Co-Director',
  'Hiệu trưởng': 'Principal or rector (head of a school or university)',
  'Đại sứ': 'Ambassador',
  'Tổng Lãnh sự': 'Consul General',
  'Tổng thống': 'President',
  'Chánh án': 'Chief Justice',
  'Viện trưởng': 'Director',
  'Chủ nhiệm': 'Chairman',
  'Tư lệnh': 'Commander',
  'Chính ủy': 'Political Commissar',
  'Đại tướng': 'General',
  'Thượng tướng': 'Colonel General',
  'Trung tướng': 'Lieutenant General',
  'Thiếu tướng': 'Major General',
  'Đại tá': 'Colonel',
  'Thượng tá': 'Senior Lieutenant Colonel',
  'Trung tá': 'Lieutenant Colonel',
  'Thiếu tá': 'Major',
};

/** Whole bodies with an established name. */
export const BODIES: Record<string, string> = {
  'Bộ Chính trị': 'Politburo',
  'Ban Bí thư': 'Secretariat of the Party Central Committee',
  'Ban Chấp hành Trung ương': 'Party Central Committee',
  'Ban Chấp hành Trung ương Đảng': 'Party Central Committee',
  'Trung ương Đảng': 'Party Central Committee',
  'Trung ương': 'Party Central Committee',
  'Quốc hội': 'National Assembly',
  'Chính phủ': 'Government',
  'Mặt trận Tổ quốc Việt Nam': 'Vietnam Fatherland Front',
  'Ủy ban Kiểm tra Trung ương': 'Central Inspection Commission',
  'Hội đồng Thi đua – Khen thưởng': 'Emulation and Commendation Council',
  'Hội đồng Thi đua - Khen thưởng': 'Emulation and Commendation Council',
  'Thường trực Thành ủy': 'Standing Board of the City Party Committee',
  'Thành ủy': 'City Party Committee',
  'Tỉnh ủy': 'Provincial Party Committee',
  'Huyện ủy': 'District Party Committee',
  'Quận ủy': 'District Party Committee',
  UBND: "People's Committee",
  'Ủy ban nhân dân': "People's Committee",
  HĐND: "People's Council",
  'Hội đồng nhân dân': "People's Council",
  'Công an': 'Police',
};

/** Party commissions: `Ban Tổ chức` -> `Organization Commission`. */
export const COMMISSIONS: Record<string, string> = {
  'Ban Tổ chức': 'Organization Commission',
  'Ban Tuyên giáo': 'Propaganda and Education Commission',
  'Ban Dân vận': 'Mass Mobilization Commission',
  'Ban Nội chính': 'Internal Affairs Commission',
  'Ban Kinh tế': 'Economic Commission',
  'Ban Đối ngoại': 'External Relations Commission',
  'Ban Thường vụ': 'Standing Committee',
  'Ủy ban Kiểm tra': 'Inspection Commission',
};

/** Ministries (`Bộ Tư pháp` -> `Justice`: the Ministry of Justice, the Minister of Justice). */
export const MINISTRIES: Record<string, string> = {
  'Tư pháp': 'Justice',
  'Y tế': 'Health',
  'Công an': 'Public Security',
  'Quốc phòng': 'National Defence',
  'Ngoại giao': 'Foreign Affairs',
  'Tài chính': 'Finance',
  'Nội vụ': 'Home Affairs',
  'Giáo dục và Đào tạo': 'Education and Training',
  'Công Thương': 'Industry and Trade',
  'Giao thông vận tải': 'Transport',
  'Xây dựng': 'Construction',
  'Kế hoạch và Đầu tư': 'Planning and Investment',
  'Nông nghiệp và Phát triển nông thôn': 'Agriculture and Rural Development',
  'Tài nguyên và Môi trường': 'Natural Resources and Environment',
  'Lao động - Thương binh và Xã hội': 'Labour, Invalids and Social Affairs',
  'Lao động – Thương binh và Xã hội': 'Labour, Invalids and Social Affairs',
  'Văn hóa, Thể thao và Du lịch': 'Culture, Sports and Tourism',
  'Khoa học và Công nghệ': 'Science and Technology',
  'Thông tin và Truyền thông': 'Information and Communications',
};

/** Places whose English name is not simply the Vietnamese without diacritics. */
export const PLACES: Record<string, string> = {
  'TP HCM': 'Ho Chi Minh City',
  'TP.HCM': 'Ho Chi Minh City',
  'TP. HCM': 'Ho Chi Minh City',
  TPHCM: 'Ho Chi Minh City',
  'TP Hồ Chí Minh': 'Ho Chi Minh City',
  'TP. Hồ Chí Minh': 'Ho Chi Minh City',
  'Thành phố Hồ Chí Minh': 'Ho Chi Minh City',
  'Hà Nội': 'Hanoi',
  'TP Hà Nội': 'Hanoi',
  'Việt Nam': 'Vietnam',
  Italia: 'Italy',
  'Trung Quốc': 'China',
  'Hoa Kỳ': 'the United States',
  Mỹ: 'the United States',
  Pháp: 'France',
  'Nhật Bản': 'Japan',
  Lào: 'Laos',
  'Hàn Quốc': 'the Republic of Korea',
};

/** Award kinds. */
export const AWARD_KINDS: Record<string, string> = {
  'Huân chương': 'Order',
  'Huy chương': 'Medal',
  'Huy hiệu Đảng': 'Party membership badge',
  'Cờ Thi đua': 'Emulation Flag',
  'Bằng khen': 'Certificate of Merit',
  'Giấy khen': 'Certificate of Commendation',
  'Kỷ niệm chương': 'Commemorative medal',
  'danh hiệu': 'title',
  'Giải thưởng': 'Award',
};

/** Named orders and titles. */
export const ORDERS: Record<string, string> = {
  'Lao động': 'Labour Order',
  'Độc lập': 'Independence Order',
  'Hồ Chí Minh': 'Ho Chi Minh Order',
  'Sao vàng': 'Gold Star Order',
  'Bảo vệ Tổ quốc': 'Fatherland Defence Order',
  'Quân công': 'Military Exploit Order',
  'Chiến công': 'Feat of Arms Order',
  'Hữu nghị': 'Friendship Order',
};

export const CLASSES: Record<string, string> = {
  Nhất: 'first class',
  Nhì: 'second class',
  Ba: 'third class',
};

export const TITLES: Record<string, string> = {
  'Anh hùng Lao động': 'Labour Hero',
  'Anh hùng Lực lượng vũ trang nhân dân': "Hero of the People's Armed Forces",
  'Chiến sĩ thi đua toàn quốc': 'National Emulation Fighter',
  'Chiến sĩ thi đua cơ sở': 'Grassroots Emulation Fighter',
  'Nhà giáo Nhân dân': "People's Teacher",
  'Nhà giáo Ưu tú': 'Meritorious Teacher',
  'Thầy thuốc Nhân dân': "People's Physician",
  'Thầy thuốc Ưu tú': 'Meritorious Physician',
  'Nghệ sĩ Nhân dân': "People's Artist",
  'Nghệ sĩ Ưu tú': 'Meritorious Artist',
};

/** Givers of emulation flags with an established rendering. */
export const FLAG_GIVERS: Record<string, string> = {
  'Chính phủ': "Government's Emulation Flag",
  'Thủ tướng Chính phủ': "Prime Minister's Emulation Flag",
};
