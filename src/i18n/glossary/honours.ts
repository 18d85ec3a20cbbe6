// Orders, medals and titles of honour under the Law on Emulation and Commendation, in the English of
// the national news agency and the Government portal (`Huân chương Lao động hạng Nhất` -> Labour
// Order, first class). Names are matched without regard to case: `Huân chương lao động hạng Ba`.

export const ORDERS: Record<string, string> = {
  'Sao Vàng': 'Gold Star Order',
  'Hồ Chí Minh': 'Ho Chi Minh Order',
  'Độc lập': 'Independence Order',
  'Quân công': 'Military Exploit Order',
  'Lao động': 'Labour Order',
  'Chiến công': 'Feat of Arms Order',
  'Bảo vệ Tổ quốc': 'Fatherland Defence Order',
  'Dũng cảm': 'Bravery Order',
  'Đại đoàn kết dân tộc': 'Great National Unity Order',
  'Đại đoàn kết toàn dân tộc': 'Great National Unity Order',
  'Hữu nghị': 'Friendship Order',
  'Kháng chiến': 'Resistance Order',
  'Chiến thắng': 'Victory Order',
};

/**
 * Other states' orders that Vietnamese news reports conferred on Vietnamese, named with their state
 * (`Huân chương Tự do hạng Nhất của Nhà nước Lào` -> Freedom Order of Laos, first class). Without the
 * state they are not rendered: "Công trạng" (merit) names no Vietnamese order.
 */
export const FOREIGN_ORDERS: Record<string, string> = {
  'Công trạng': 'Order of Merit',
  'Tự do': 'Freedom Order',
};

export const MEDALS: Record<string, string> = {
  'Quân kỳ quyết thắng': 'Determined-to-Win Military Flag Medal',
  'Vì an ninh Tổ quốc': "For the Fatherland's Security Medal",
  'Chiến sĩ vẻ vang': 'Glorious Fighter Medal',
  'Hữu nghị': 'Friendship Medal',
  'Kháng chiến': 'Resistance Medal',
  'Chiến sĩ giải phóng': 'Liberation Fighter Medal',
};

/** `hạng Nhất`, `hạng I`. */
export const CLASSES: Record<string, string> = {
  Nhất: 'first class',
  I: 'first class',
  Nhì: 'second class',
  II: 'second class',
  Ba: 'third class',
  III: 'third class',
};

/** Titles of honour, conferred on people and on collectives. */
export const HONOUR_TITLES: Record<string, string> = {
  'Anh hùng Lực lượng vũ trang nhân dân': "Hero of the People's Armed Forces",
  'Anh hùng Lao động': 'Labour Hero',
  'Bà mẹ Việt Nam Anh hùng': 'Heroic Vietnamese Mother',
  'Mẹ Việt Nam Anh hùng': 'Heroic Vietnamese Mother',
  'Nhà giáo Nhân dân': "People's Teacher",
  'Nhà giáo Ưu tú': 'Meritorious Teacher',
  'Thầy thuốc Nhân dân': "People's Physician",
  'Thầy thuốc Ưu tú': 'Meritorious Physician',
  'Nghệ sĩ Nhân dân': "People's Artist",
  'Nghệ sĩ Ưu tú': 'Meritorious Artist',
  'Nghệ nhân Nhân dân': "People's Artisan",
  'Nghệ nhân Ưu tú': 'Meritorious Artisan',
  'Chiến sĩ thi đua toàn quốc': 'National Emulation Fighter',
  'Chiến sĩ thi đua cấp Bộ': 'Ministerial-level Emulation Fighter',
  'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh': 'Ministerial and Provincial-level Emulation Fighter',
  'Chiến sĩ thi đua cấp tỉnh': 'Provincial-level Emulation Fighter',
  'Chiến sĩ thi đua cơ sở': 'Grassroots Emulation Fighter',
  'Tập thể lao động xuất sắc': 'Excellent Labour Collective',
  'Lao động tiên tiến': 'Advanced Worker',
  'Chiến sĩ tiên tiến': 'Advanced Soldier',
  // The army's titles for a unit and a soldier of the year.
  'Đơn vị quyết thắng': 'Determined-to-Win Unit',
  'Chiến sĩ quyết thắng': 'Determined-to-Win Soldier',
};

/** What a commemorative medal honours: `Kỷ niệm chương "Vì sự nghiệp Công đoàn"`. */
export const CAUSES: Record<string, string> = {
  'Công đoàn': 'Trade Unions',
  'Thông tấn': 'News Agency Work',
  'báo chí Việt Nam': 'Vietnamese Journalism',
  'báo chí': 'Journalism',
  'nhân đạo': 'Humanitarian Work',
  'Kiểm sát': 'the Procuracy',
  'Tòa án': 'the Courts',
  'Kiểm toán': 'State Audit',
  'Dân tộc': 'Ethnic Affairs',
  'khuyến học': 'Promoting Learning',
  'Thi đua - Khen thưởng': 'Emulation and Commendation',
  'Mặt trận Tổ quốc Việt Nam': 'the Vietnam Fatherland Front',
  'phát triển phụ nữ Việt Nam': 'the Advancement of Vietnamese Women',
  'Nông dân Việt Nam': 'Vietnamese Farmers',
  'Cựu chiến binh Việt Nam': 'Vietnamese Veterans',
  'Dân số': 'Population Work',
};

/** Commemorative medals named by another motto than "Vì sự nghiệp …". */
export const MOTTOS: Record<string, string> = {
  'Vì thế hệ trẻ': 'For the Young Generation',
  'Vì sức khỏe nhân dân': "For the People's Health",
  'Vì an ninh Tổ quốc': "For the Fatherland's Security",
};

/** The State's two highest prizes and what they are given for. */
export const PRIZES: Record<string, string> = {
  'Hồ Chí Minh': 'Ho Chi Minh Prize',
  'Nhà nước': 'State Prize',
  // The press's own prize, given every year on 21 June.
  'Báo chí Quốc gia': 'National Press Award',
};
export const PRIZE_FIELDS: Record<string, string> = {
  'khoa học và công nghệ': 'Science and Technology',
  'văn học, nghệ thuật': 'Literature and Arts',
  'văn học nghệ thuật': 'Literature and Arts',
};
