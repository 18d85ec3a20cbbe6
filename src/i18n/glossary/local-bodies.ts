// Bodies that exist at every level of government and take their place before them in English:
// `UBND tỉnh Bình Định` -> the Bình Định Provincial People's Committee, `Công an huyện` -> the
// District Police. `national` is the name when the place is Vietnam itself, where that differs.

export interface LocalBody {
  en: string;
  /** Courts and procuracies name their heads differently (Chief Judge, Chief Procurator). */
  kind?: 'court' | 'procuracy' | 'academy' | 'department';
  national?: string;
  /** English names these "of" their place: the Vietnam Fatherland Front Committee of X Province. */
  of?: boolean;
}

export const LOCAL_BODIES: Record<string, LocalBody> = {
  'Ủy ban nhân dân': { en: "People's Committee" },
  'Hội đồng nhân dân': { en: "People's Council" },
  'Công an': { en: 'Police' },
  'Tòa án nhân dân': { en: "People's Court", kind: 'court' },
  'Viện Kiểm sát nhân dân': { en: "People's Procuracy", kind: 'procuracy' },
  'Thanh tra': { en: 'Inspectorate' },
  'Đảng bộ': { en: 'Party Organisation' },
  'Đảng ủy': { en: 'Party Committee' },
  'Chi bộ': { en: 'Party Cell' },
  // Every province and district has one: the Provincial Military Party Committee.
  'Đảng ủy Quân sự': { en: 'Military Party Committee' },
  'Ủy ban Mặt trận Tổ quốc Việt Nam': { en: 'Vietnam Fatherland Front Committee', of: true },
  'Ủy ban Mặt trận Tổ quốc': { en: 'Vietnam Fatherland Front Committee', of: true },
  'Mặt trận Tổ quốc': { en: 'Vietnam Fatherland Front Committee', of: true },
  'Đoàn đại biểu Quốc hội': { en: "National Assembly Deputies' Delegation", of: true },
  // One office serves both in every province since 2016.
  'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân': {
    en: "Office of the National Assembly Deputies' Delegation and People's Council",
    of: true,
  },
  'Liên đoàn Lao động': { en: 'Labour Federation' },
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh': { en: 'Ho Chi Minh Communist Youth Union' },
  'Đoàn Thanh niên': { en: 'Youth Union' },
  'Hội đồng Đội': { en: 'Young Pioneers Council' },
  'Hội Liên hiệp Phụ nữ': { en: "Women's Union", kind: 'academy' },
  'Hội Nông dân': { en: "Farmers' Association", national: "Vietnam Farmers' Union" },
  'Hội Cựu chiến binh': { en: "Veterans' Association" },
  'Hội Chữ thập đỏ': { en: 'Red Cross Society' },
  'Hội Khuyến học': { en: 'Association for Promoting Education' },
  'Hội Nhà báo': { en: "Journalists' Association" },
  'Hội Luật gia': { en: "Lawyers' Association" },
  'Hội Doanh nhân trẻ': { en: 'Young Entrepreneurs Association' },
  'Liên hiệp các hội Khoa học và Kỹ thuật': { en: 'Union of Science and Technology Associations' },
  'Hội Liên hiệp các hội Khoa học Kỹ thuật': { en: 'Union of Science and Technology Associations' },
  'Liên minh Hợp tác xã': { en: 'Cooperative Alliance' },
  'Liên hiệp các Hội Văn học nghệ thuật': { en: 'Union of Literature and Arts Associations' },
  'Bộ Chỉ huy Quân sự': { en: 'Military Command' },
  'Ban Chỉ huy Quân sự': { en: 'Military Command' },
  'Bộ Chỉ huy Bộ đội Biên phòng': { en: 'Border Guard Command' },
  'Bộ đội Biên phòng': { en: 'Border Guard' },
  'Trung tâm Y tế': { en: 'Health Centre' },
  'Trung tâm Kiểm soát bệnh tật': { en: 'Centre for Disease Control' },
  'Đài Phát thanh và Truyền hình': { en: 'Radio and Television Station' },
  'Bảo hiểm xã hội': { en: 'Social Security' },
  'Kho bạc Nhà nước': { en: 'State Treasury' },
  'Cục Thuế': { en: 'Tax Department', kind: 'department' },
  'Cục Hải quan': { en: 'Customs Department', kind: 'department' },
  'Cục Thống kê': { en: 'Statistics Office', kind: 'department' },
  'Cục Quản lý thị trường': { en: 'Market Surveillance Department', kind: 'department' },
  'Trường Chính trị': { en: 'Political School' },
  'Hội đồng Thi đua - Khen thưởng': { en: 'Emulation and Commendation Council' },
  // The council's standing office in every province, under its Department of Home Affairs.
  'Ban Thi đua - Khen thưởng': { en: 'Emulation and Commendation Committee' },
};

/** Committees named after their level (`Tỉnh ủy`, `Thành đoàn`): their level is in the word. */
export const LEVEL_BODIES: Record<
  string,
  { en: string; level: 'province' | 'city' | 'district' | 'town' }
> = {
  'Tỉnh ủy': { en: 'Party Committee', level: 'province' },
  'Thành ủy': { en: 'Party Committee', level: 'city' },
  'Huyện ủy': { en: 'Party Committee', level: 'district' },
  'Quận ủy': { en: 'Party Committee', level: 'district' },
  'Thị ủy': { en: 'Party Committee', level: 'town' },
  'Tỉnh đoàn': { en: 'Youth Union', level: 'province' },
  'Thành đoàn': { en: 'Youth Union', level: 'city' },
  'Huyện đoàn': { en: 'Youth Union', level: 'district' },
  'Quận đoàn': { en: 'Youth Union', level: 'district' },
};
