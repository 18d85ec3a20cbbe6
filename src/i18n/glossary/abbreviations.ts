// The one table of abbreviations: each is expanded to the words it stands for before the grammar reads
// the term, so `UBND tỉnh`, `Ủy ban nhân dân tỉnh` and `UB nhân dân tỉnh` are one construction.
// Only abbreviations the press uses across outlets and subjects are listed.

const ABBREVIATIONS: Record<string, string> = {
  // Party and state.
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  ĐBQH: 'Đại biểu Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  MTTQ: 'Mặt trận Tổ quốc',
  MTTQVN: 'Mặt trận Tổ quốc Việt Nam',
  BCH: 'Ban Chấp hành',
  BCHTW: 'Ban Chấp hành Trung ương',
  BCT: 'Bộ Chính trị',
  BTV: 'Ban Thường vụ',
  BCĐ: 'Ban Chỉ đạo',
  UV: 'Ủy viên',
  UVBCT: 'Ủy viên Bộ Chính trị',
  UVTƯ: 'Ủy viên Trung ương',
  UVTW: 'Ủy viên Trung ương',
  'T.Ư': 'Trung ương',
  'T.W': 'Trung ương',
  TƯ: 'Trung ương',
  TW: 'Trung ương',
  UBKT: 'Ủy ban Kiểm tra',
  TAND: 'Tòa án nhân dân',
  TANDTC: 'Tòa án nhân dân tối cao',
  VKSND: 'Viện Kiểm sát nhân dân',
  VKSNDTC: 'Viện Kiểm sát nhân dân tối cao',
  KSND: 'Kiểm sát nhân dân',
  NHNN: 'Ngân hàng Nhà nước',
  TTXVN: 'Thông tấn xã Việt Nam',
  BHXH: 'Bảo hiểm xã hội',
  // Ministries and departments: the fields they govern.
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  NNPTNT: 'Nông nghiệp và Phát triển nông thôn',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội',
  'LĐTB&XH': 'Lao động - Thương binh và Xã hội',
  'LĐ-TBXH': 'Lao động - Thương binh và Xã hội',
  LĐTBXH: 'Lao động - Thương binh và Xã hội',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  'GD-ĐT': 'Giáo dục và Đào tạo',
  GDĐT: 'Giáo dục và Đào tạo',
  'KH&CN': 'Khoa học và Công nghệ',
  KHCN: 'Khoa học và Công nghệ',
  'KH&ĐT': 'Kế hoạch và Đầu tư',
  KHĐT: 'Kế hoạch và Đầu tư',
  'TN&MT': 'Tài nguyên và Môi trường',
  'TN-MT': 'Tài nguyên và Môi trường',
  TNMT: 'Tài nguyên và Môi trường',
  'VH-TT&DL': 'Văn hóa, Thể thao và Du lịch',
  'VHTT&DL': 'Văn hóa, Thể thao và Du lịch',
  VHTTDL: 'Văn hóa, Thể thao và Du lịch',
  'TT&TT': 'Thông tin và Truyền thông',
  'TT-TT': 'Thông tin và Truyền thông',
  GTVT: 'Giao thông vận tải',
  XNK: 'Xuất nhập khẩu',
  KHXH: 'Khoa học xã hội',
  // Forces.
  CAND: 'Công an nhân dân',
  QĐND: 'Quân đội nhân dân',
  LLVTND: 'Lực lượng vũ trang nhân dân',
  BĐBP: 'Bộ đội Biên phòng',
  CSGT: 'Cảnh sát giao thông',
  PCCC: 'phòng cháy, chữa cháy',
  // Mass organisations.
  LĐLĐ: 'Liên đoàn Lao động',
  LĐLĐVN: 'Liên đoàn Lao động Việt Nam',
  HLHPN: 'Hội Liên hiệp Phụ nữ',
  LHPN: 'Liên hiệp Phụ nữ',
  TNCS: 'Thanh niên Cộng sản',
  HCM: 'Hồ Chí Minh',
  CCB: 'Cựu chiến binh',
  // Places and institutions.
  TP: 'thành phố',
  'TP.': 'thành phố',
  'Tp.': 'thành phố',
  Tp: 'thành phố',
  TPHCM: 'thành phố Hồ Chí Minh',
  'TP.HCM': 'thành phố Hồ Chí Minh',
  'Tp.HCM': 'thành phố Hồ Chí Minh',
  TX: 'thị xã',
  'TX.': 'thị xã',
  ĐH: 'Đại học',
  ĐHQG: 'Đại học Quốc gia',
  THPT: 'Trung học phổ thông',
  THCS: 'Trung học cơ sở',
  Cty: 'Công ty',
  CP: 'Cổ phần',
  TNHH: 'Trách nhiệm hữu hạn',
  MTV: 'Một thành viên',
  HĐQT: 'Hội đồng quản trị',
  VN: 'Việt Nam',
};

// A token is letters, digits and the joiners abbreviations use (`LĐ-TB&XH`, `T.Ư`, `TP.HCM`).
const TOKEN = /[\p{L}\p{M}\p{N}&.-]+/gu;

/** The term with every abbreviation it contains written out. */
export function expandAbbreviations(text: string): string {
  return text.replace(TOKEN, (token) => {
    const whole = ABBREVIATIONS[token];
    if (whole) return whole;
    // `Tổng LĐLĐVN.` at the end of a sentence, `TP.` before a name.
    const bare = token.replace(/\.$/u, '');
    return ABBREVIATIONS[bare] ?? token;
  });
}
