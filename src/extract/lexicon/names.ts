// Words for finding people's names. Vietnamese names open with a family name from a short, well-known
// list; other names are recognised by what stands before them (an honorific or a title).
import { CENTRAL_CITIES, PROVINCES } from './provinces';

/**
 * A lexicon listed once per word form and matched whatever the case of its first letter: running text
 * writes `quận Ba Đình` and a sentence opens with `Quận …`. Acronyms (`TP`, `THPT`) stay as written.
 */
function caseVariants(words: string[]): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    set.add(w);
    if (w.length > 1 && /\p{Lu}/u.test(w[1]!)) continue;
    const first = w[0]!;
    set.add(
      (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + w.slice(1),
    );
  }
  return set;
}

/** Vietnamese family names (the common ones cover the vast majority of the population). */
export const SURNAMES = new Set([
  // Less common family names that still head officials' names in the news.
  'Chử',
  'Ngụy',
  'Bế',
  'Khuất',
  'Lỗ',
  'Vừ',
  'Sùng',
  'Giàng',
  'Đậu',
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đào',
  'Đoàn',
  'Vương',
  'Trịnh',
  'Trương',
  'Lâm',
  'Phùng',
  'Mai',
  'Tô',
  'Hà',
  'Tạ',
  'Lương',
  'Đinh',
  'Châu',
  'Cao',
  'Lưu',
  'Kiều',
  'Thái',
  'Triệu',
  'Quách',
  'Tăng',
  'La',
  'Khúc',
  'Từ',
  'Ma',
  'Nghiêm',
  'Thân',
  'Hứa',
  'Chu',
  'Lại',
  'Âu',
  'Tôn',
  'Đàm',
  'Ninh',
  'Mạc',
  'Thạch',
  'Lò',
  'Quan',
  'Diệp',
  'Doãn',
  'Lã',
  'Lục',
  'Nông',
  'Văn',
  'Khổng',
  'Giáp',
  'Hầu',
  'Tống',
  'Mẫn',
  'Phí',
  'Bạch',
  'Cù',
  'Hàn',
  'Kim',
  'Lạc',
  'Lam',
  'Mông',
  'Quang',
  'Sầm',
  'Thiều',
  'Trình',
  'Ung',
  'Vi',
  'Viên',
  'Yên',
  'Đồng',
  'Đường',
  'Giang',
  'Lữ',
  'Nhữ',
  'Phó',
  'Tiêu',
  'Trà',
  'Trang',
]);

/**
 * Words that stand before a name and are not part of it. Honorifics (`ông`, `đồng chí`) and words that
 * introduce a person (`đối tượng` for a suspect).
 */
export const HONORIFICS = caseVariants([
  'ông',
  'bà',
  'anh',
  'chị',
  'em',
  'cháu',
  'cô',
  'chú',
  'bác',
  'cụ',
  'đồng chí',
  'đối tượng',
  'nữ sinh',
  'nam sinh',
  'học sinh',
  'sinh viên',
  'bé',
  'thầy',
  'bệnh nhân',
  'nhà báo',
  'nhà thơ',
  'bác sĩ',
  'nghệ sĩ',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
]);

/** Single words before a run of capitalised syllables that make it a place or a body, not a person. */
export const PLACE_WORDS = caseVariants([
  'đường',
  'phố',
  'quận',
  'huyện',
  'xã',
  'phường',
  'ấp',
  'thôn',
  'tỉnh',
  'TP',
  'TP.',
  'Tp',
  'trường',
  'THPT',
  'THCS',
  'cầu',
  'lăng',
  'bảo tàng',
  'quảng trường',
  'công ty',
  // A sector of the state (`Ngành Tài chính`, `ngành Y tế`).
  'ngành',
  'bệnh viện',
  'học viện',
  'đại học',
  'Viện',
  'sân',
  'bến',
  'chợ',
  'làng',
  'bản',
  'hồ',
  'sông',
  'núi',
  'đảo',
  'đèo',
  'vịnh',
  'thị trấn',
  'thị xã',
  'thành phố',
  'Nhà văn hóa',
  'khu',
  'cảng',
  'đồn',
  'Tiểu học',
  'Mầm non',
  'chiến dịch',
  'giải',
  'quỹ',
  'bộ đội',
  'CLB',
  'Câu lạc bộ',
  'đội',
  'tàu',
  'giải thưởng',
  'Huân chương',
  // Common abbreviations of institutions (bệnh viện, khu công nghiệp, công ty) and company words.
  'BV',
  'KCN',
  'Cty',
  'Tập đoàn',
  'Tổng công ty',
  'Doanh nghiệp',
  // `Tết Đinh Dậu`: the lunar year's name after `Tết`.
  'Tết',
]);

/**
 * Administrative levels. Before two capitalised syllables they name a place (`xã Châu Lăng`); before a
 * full name of three or more syllables opening with a family name, the run is a person
 * (`UBND tỉnh Bùi Đình Long`, `tỉnh Đồng Nai Võ Tấn Đức`).
 */
export const ADMIN_WORDS = caseVariants([
  'tỉnh',
  'huyện',
  'quận',
  'xã',
  'phường',
  'ấp',
  'thôn',
  'TP',
  'TP.',
  'Tp',
  'thị trấn',
  'thị xã',
  'thành phố',
]);

/** Place names that begin with a family name (`Hà`, `Cao`, `Lâm`, ...) and so look like people. */
export const PLACE_NAMES = new Set([
  'Hà Tiên',
  'Hà Đông',
  'Hà Lan',
  'Cao Lãnh',
  'Đồng Hới',
  'Đồng Xoài',
  'Thái Lan',
  'Lý Sơn',
  'Hoàng Sa',
  'Mai Châu',
  'Phan Thiết',
  'Phan Rang',
  'Hồ Gươm',
  'Hồ Tây',
  'Quan Hóa',
  'Quan Sơn',
  'Kim Bôi',
  'Kim Sơn',
  'Đồng Văn',
  'Giang Thành',
  'Hà Trung',
  'Văn Lâm',
  'Văn Giang',
  'Trà My',
  'Phú Quốc',
  'Châu Đốc',
  'Châu Thành',
  'Châu Phú',
  'Tô Lịch',
  'Vương quốc Anh',
  'Vũng Tàu',
  'Trường Sa',
  'Triều Tiên',
  'Hàn Quốc',
  'Mỹ Tho',
  'Châu Âu',
  'Châu Á',
  'Châu Phi',
  'Châu Mỹ',
  'Châu Đại Dương',
  // Provinces and centrally run cities, the whole list: a title's place, never a person's name.
  ...PROVINCES,
  ...CENTRAL_CITIES,
  // Short and older names of them, and districts named like people.
  'Thừa Thiên',
  'Cần Giờ',
  'Bà Rịa',
  'Sài Gòn',
  'Từ Liêm',
  'Bắc Từ Liêm',
  'Nam Từ Liêm',
]);

/** Countries and regions written right after a title and before a foreign name (`Đại sứ Italia X`). */
export const COUNTRIES = new Set([
  'Italia',
  'Ý',
  'Mỹ',
  'Hoa Kỳ',
  'Pháp',
  'Đức',
  'Anh',
  'Nga',
  'Nhật',
  'Nhật Bản',
  'Trung Quốc',
  'Lào',
  'Campuchia',
  'Thái Lan',
  'Hàn Quốc',
  'Ấn Độ',
  'Australia',
  'Úc',
  'Canada',
  'Singapore',
  'Indonesia',
  'Malaysia',
  'Philippines',
  'Cuba',
  'Israel',
  'Ukraine',
  'Myanmar',
  'Brunei',
  'Hà Lan',
  'Bỉ',
  'Thụy Điển',
  'Thụy Sĩ',
  'Đan Mạch',
  'Na Uy',
  'Phần Lan',
  'Tây Ban Nha',
  'Bồ Đào Nha',
  'Ba Lan',
  'Séc',
  'Áo',
  'Hungary',
  'New Zealand',
  'EU',
  'ASEAN',
  'Liên hợp quốc',
  'Việt Nam',
]);

export const HO_CHI_MINH = 'Hồ Chí Minh';

/** Phrases naming Hồ Chí Minh the person without his full name. */
export const HO_CHI_MINH_ALIASES = ['Bác Hồ', 'Chủ tịch Hồ Chí Minh', 'Người'];

/** Words before `Hồ Chí Minh` that make it the person even though it is also a city's name. */
export const HO_CHI_MINH_PERSON_CUES = [
  ...caseVariants([
    'tư tưởng',
    'đạo đức',
    'phong cách',
    'tấm gương',
    'thời đại',
    'Chủ tịch',
    'Bác',
    'lời dạy',
    'di chúc',
    'Lăng Chủ tịch',
  ]),
];

/** Phrases that look like names but are fixed names of institutions (gold conventions). */
export const NOT_PEOPLE = [
  'Bộ đội Cụ Hồ',
  'Đoàn Thanh niên',
  'Đoàn TNCS',
  'Anh hùng',
  // The presidium of a mass organisation (`Ủy viên Đoàn Chủ tịch Tổng LĐLĐVN`).
  'Đoàn Chủ tịch',
];

/** Credit labels: `Ảnh: X` names a photographer, `Bài:`/`Tin:` an author. */
export const AUTHOR_LABEL = /^(?:Bài|Tin|Bài và ảnh|Tin và ảnh|Tin, ảnh|Bài, ảnh)\s*:\s*/u;

/** Agencies and outlets on a byline line: not people. */
export const AGENCIES = new Set([
  'TTXVN',
  'VNA',
  'PV',
  'CTV',
  'Reuters',
  'AFP',
  'AP',
  'Xinhua',
  'BBC',
  'CNN',
  'SCMP',
  'VTV',
  'VOV',
  'Dân trí',
  'Vnexpress',
  'VnExpress',
  'Tuổi Trẻ',
  'Thanh Niên',
  'Nhóm PV',
  'baochinhphu',
  'HLU',
]);

/** Capitalised honorifics that open a sentence before a name (`Ông Lê Văn A cho biết`). */
export const CAPITAL_HONORIFICS = new Set([
  'Ông',
  'Bà',
  'Anh',
  'Chị',
  'Cô',
  'Chú',
  'Bác',
  'Cụ',
  'Em',
  'Cháu',
  'Bé',
]);

/** A credit that opens with one of these names an outlet or an institution, not a person. */
export const INSTITUTION_CREDIT =
  /^(?:Báo|Cổng|Đài|Tạp chí|Trang|Nguồn|Internet|Tư liệu|Ảnh tư liệu|Thông tấn|BTC|Ban tổ chức)(?![\p{L}\p{M}])/u;

/** Countries that are also common given names (`ông Đức`, `chị Nga`): names after an honorific. */
export const GIVEN_NAME_COUNTRIES = new Set(['Đức', 'Anh', 'Nga', 'Nhật', 'Mỹ']);

/**
 * Capitalised words that open a sentence and are no syllable of a name: where a scraped paragraph lost
 * its full stop (`… cho Lê Văn A Theo danh sách …`), the name ends before them.
 */
export const SENTENCE_OPENERS = new Set([
  'Theo',
  'Tại',
  'Trong',
  'Sau',
  'Khi',
  'Vừa',
  'Đây',
  'Nhưng',
  'Ngoài',
  'Để',
  'Nếu',
  'Cũng',
  'Với',
]);
