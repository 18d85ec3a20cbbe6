// Words for finding people's names. Vietnamese names open with a family name from a short, well-known
// list; other names are recognised by what stands before them (an honorific or a title).

/** Vietnamese family names (the common ones cover the vast majority of the population). */
export const SURNAMES = new Set([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Hà',
  'Tạ', 'Lương', 'Đinh', 'Châu', 'Cao', 'Lưu', 'Kiều', 'Thái', 'Triệu', 'Quách', 'Tăng', 'La', 'Khúc',
  'Từ', 'Ma', 'Nghiêm', 'Thân', 'Hứa', 'Chu', 'Lại', 'Âu', 'Tôn', 'Đàm', 'Ninh', 'Mạc', 'Thạch', 'Lò',
  'Quan', 'Diệp', 'Doãn', 'Lã', 'Lục', 'Nông', 'Văn', 'Khổng', 'Giáp', 'Hầu', 'Tống', 'Mẫn', 'Phí',
  'Bạch', 'Cù', 'Hàn', 'Kim', 'Lạc', 'Lam', 'Mông', 'Quang', 'Sầm', 'Thiều', 'Trình', 'Ung',
  'Vi', 'Viên', 'Yên', 'Đồng', 'Đường', 'Giang', 'Lữ', 'Nhữ', 'Phó', 'Tiêu', 'Trà', 'Trang',
]);

/**
 * Words that stand before a name and are not part of it. Honorifics (`ông`, `đồng chí`) and words that
 * introduce a person (`đối tượng` for a suspect).
 */
export const HONORIFICS = new Set([
  'ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'cô', 'chú', 'bác', 'cụ', 'đồng chí', 'Ông', 'Bà', 'Anh',
  'Chị', 'Em', 'Cháu', 'Cô', 'Chú', 'Cụ', 'Đồng chí', 'đối tượng', 'Đối tượng', 'nữ sinh', 'nam sinh',
  'học sinh', 'sinh viên', 'bé', 'Bé', 'thầy', 'Thầy', 'bệnh nhân', 'Bệnh nhân', 'nhà báo', 'Nhà báo',
  'nhà thơ', 'Nhà thơ', 'bác sĩ', 'Bác sĩ', 'nghệ sĩ', 'Nghệ sĩ', 'Thượng úy', 'Trung úy', 'Thiếu úy',
]);

/** Single words before a run of capitalised syllables that make it a place or a body, not a person. */
export const PLACE_WORDS = new Set([
  'đường', 'Đường', 'phố', 'Phố', 'quận', 'Quận', 'huyện', 'Huyện', 'xã', 'Xã', 'phường', 'Phường',
  'ấp', 'Ấp', 'thôn', 'Thôn', 'tỉnh', 'Tỉnh', 'TP', 'TP.', 'Tp', 'Trường', 'trường', 'THPT', 'THCS',
  'cầu', 'Cầu', 'Lăng', 'lăng', 'Bảo tàng', 'bảo tàng', 'Quảng trường', 'quảng trường', 'Công ty',
  'công ty', 'Bệnh viện', 'bệnh viện', 'Học viện', 'học viện', 'Đại học', 'đại học', 'Viện', 'sân',
  'Sân', 'bến', 'Bến', 'chợ', 'Chợ', 'làng', 'Làng', 'bản', 'Bản', 'hồ', 'Hồ', 'sông', 'Sông', 'núi',
  'Núi', 'đảo', 'Đảo', 'đèo', 'Đèo', 'vịnh', 'Vịnh', 'thị trấn', 'Thị trấn', 'thị xã', 'Thị xã',
  'thành phố', 'Thành phố', 'Nhà văn hóa', 'Khu', 'khu', 'Cảng', 'cảng', 'Đồn', 'đồn', 'Tiểu học',
  'Mầm non', 'Chiến dịch', 'chiến dịch', 'Giải', 'giải', 'Quỹ', 'quỹ', 'Bộ đội', 'bộ đội', 'CLB',
  'Câu lạc bộ', 'đội', 'Đội', 'tàu', 'Tàu', 'Giải thưởng', 'giải thưởng', 'Huân chương',
]);

/** Place names that begin with a family name (`Hà`, `Cao`, `Lâm`, ...) and so look like people. */
export const PLACE_NAMES = new Set([
  'Hà Nội', 'Hà Nam', 'Hà Tĩnh', 'Hà Giang', 'Hà Tiên', 'Hà Đông', 'Hà Lan', 'Cao Bằng', 'Cao Lãnh',
  'Lâm Đồng', 'Đồng Nai', 'Đồng Tháp', 'Đồng Hới', 'Đồng Xoài', 'Đồng Nai', 'Thái Bình', 'Thái Nguyên',
  'Thái Lan', 'Ninh Bình', 'Ninh Thuận', 'Lý Sơn', 'Hoàng Sa', 'Mai Châu', 'Phan Thiết', 'Phan Rang',
  'Hồ Gươm', 'Hồ Tây', 'Trà Vinh', 'Quan Hóa', 'Quan Sơn', 'Kim Bôi', 'Kim Sơn', 'Đồng Văn',
  'Giang Thành', 'Hà Trung', 'Văn Lâm', 'Văn Giang', 'Trà My', 'Phú Quốc', 'Châu Đốc', 'Châu Thành',
  'Châu Phú', 'Châu Lăng', 'Tô Lịch', 'Vương quốc Anh', 'Vũng Tàu', 'Long An', 'Trường Sa',
  'Triều Tiên', 'Hàn Quốc', 'Mỹ Tho', 'Lào Cai', 'Lạng Sơn', 'Tây Ninh', 'Quảng Ninh', 'Châu Âu',
  'Châu Á', 'Châu Phi', 'Châu Mỹ', 'Châu Đại Dương', 'Hồ Chí Minh',
]);

/** Countries and regions written right after a title and before a foreign name (`Đại sứ Italia X`). */
export const COUNTRIES = new Set([
  'Italia', 'Ý', 'Mỹ', 'Hoa Kỳ', 'Pháp', 'Đức', 'Anh', 'Nga', 'Nhật', 'Nhật Bản', 'Trung Quốc', 'Lào',
  'Campuchia', 'Thái Lan', 'Hàn Quốc', 'Ấn Độ', 'Australia', 'Úc', 'Canada', 'Singapore', 'Indonesia',
  'Malaysia', 'Philippines', 'Cuba', 'Israel', 'Ukraine', 'Myanmar', 'Brunei', 'Hà Lan', 'Bỉ',
  'Thụy Điển', 'Thụy Sĩ', 'Đan Mạch', 'Na Uy', 'Phần Lan', 'Tây Ban Nha', 'Bồ Đào Nha', 'Ba Lan',
  'Séc', 'Áo', 'Hungary', 'New Zealand', 'EU', 'ASEAN', 'Liên hợp quốc', 'Việt Nam',
]);

export const HO_CHI_MINH = 'Hồ Chí Minh';

/** Phrases naming Hồ Chí Minh the person without his full name. */
export const HO_CHI_MINH_ALIASES = ['Bác Hồ', 'Chủ tịch Hồ Chí Minh', 'Người'];

/** Words before `Hồ Chí Minh` that make it the person even though it is also a city's name. */
export const HO_CHI_MINH_PERSON_CUES = [
  'tư tưởng', 'đạo đức', 'phong cách', 'tấm gương', 'Chủ tịch', 'Bác', 'lời dạy', 'di chúc', 'Di chúc',
  'Lăng Chủ tịch',
];

/** Phrases that look like names but are fixed names of institutions (gold conventions). */
export const NOT_PEOPLE = ['Bộ đội Cụ Hồ'];

/** Credit labels: `Ảnh: X` names a photographer, `Bài:`/`Tin:` an author. */
export const PHOTO_LABEL = /(?:^|[\s.(])(?:Ảnh|ẢNH|Ảnh minh họa)\s*:\s*/u;
export const AUTHOR_LABEL = /^(?:Bài|Tin|Bài và ảnh|Tin và ảnh|Tin, ảnh|Bài, ảnh)\s*:\s*/u;

/** Agencies and outlets on a byline line: not people. */
export const AGENCIES = new Set([
  'TTXVN', 'VNA', 'PV', 'CTV', 'Reuters', 'AFP', 'AP', 'Xinhua', 'BBC', 'CNN', 'SCMP', 'VTV', 'VOV',
  'Dân trí', 'Vnexpress', 'VnExpress', 'Tuổi Trẻ', 'Thanh Niên', 'Nhóm PV', 'baochinhphu', 'HLU',
]);

/** Capitalised honorifics that open a sentence before a name (`Ông Lê Văn A cho biết`). */
export const CAPITAL_HONORIFICS = new Set(['Ông', 'Bà', 'Anh', 'Chị', 'Cô', 'Chú', 'Bác', 'Cụ', 'Em', 'Cháu', 'Bé']);
