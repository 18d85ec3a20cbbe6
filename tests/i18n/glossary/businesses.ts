// Expected English of companies, branches, representatives, hospital departments and research
// institutes: each list is one rule of the composer, named after what it does, with the terms that
// must stay Vietnamese because a part of them is not known or has an English name of its own.
export const BUSINESSES: Record<string, [string, string][]> = {
  'a company is named by its own name, then its trade, then its legal form': [
    [
      'Tổng Giám đốc Công ty Cổ phần Xi măng Hoàng Thạch',
      'General Director of Hoàng Thạch Cement Joint Stock Company',
    ],
    ['Công ty CP Thép Tân Phước', 'Tân Phước Steel Joint Stock Company'],
    [
      'Giám đốc Cty TNHH xây dựng Minh Phát',
      'Director of Minh Phát Construction Limited Liability Company',
    ],
    [
      'Phó Giám đốc Công ty TNHH MTV Cao su Lộc Ninh',
      'Deputy Director of Lộc Ninh Rubber One Member Limited Liability Company',
    ],
    [
      'Chủ tịch HĐQT Công ty Cổ phần Dược phẩm An Khang',
      'Chairman of the Board of Directors of An Khang Pharmaceutical Joint Stock Company',
    ],
    [
      'Giám đốc Công ty TNHH Đầu tư, Xây dựng và Thương mại Bảo Long',
      'Director of Bảo Long Investment, Construction and Trading Limited Liability Company',
    ],
    ['Công ty Cổ phần Cấp nước Gia Lai', 'Gia Lai Water Supply Joint Stock Company'],
    ['Chủ tịch Tập đoàn Xây dựng Đông Hải', 'Chairman of Đông Hải Construction Group'],
  ],
  'a power or petroleum company takes its province or region first': [
    ['Giám đốc Công ty Điện lực Hà Tĩnh', 'Director of Hà Tĩnh Power Company'],
    ['Tổng công ty Điện lực miền Trung', 'Central Power Corporation'],
    [
      'Phó Tổng Giám đốc Tổng công ty Điện lực TP.HCM',
      'Deputy General Director of Ho Chi Minh City Power Corporation',
    ],
    ['Giám đốc Công ty Xăng dầu Bình Định', 'Director of Bình Định Petroleum Company'],
  ],
  'a company without a trade keeps a name that needs no translation': [
    ['Chủ tịch Tập đoàn Vingroup', 'Chairman of Vingroup'],
    [
      'Giám đốc Công ty TNHH Nguyễn Hoàng Anh',
      'Director of Nguyễn Hoàng Anh Limited Liability Company',
    ],
  ],
  "a brand's branch is named by the brand and its province": [
    ['Giám đốc Chi nhánh Agribank tỉnh Lạng Sơn', 'Director of the Agribank Lạng Sơn branch'],
    ['đại diện chi nhánh Honda Phú Yên', 'representative of the Honda Phú Yên branch'],
    ['Phó Giám đốc chi nhánh BIDV TP Hà Nội', 'Deputy Director of the BIDV Hanoi branch'],
  ],
  'a representative is of the body that sent them': [
    ['đại diện Bộ Tư pháp', 'representative of the Ministry of Justice'],
    [
      'Đại diện Sở Y tế tỉnh Sóc Trăng',
      'representative of the Department of Health of Sóc Trăng Province',
    ],
    ['đại diện Ngân hàng Nhà nước', 'representative of the State Bank of Vietnam'],
    [
      'đại diện Hội Cựu chiến binh huyện Tiên Du',
      "representative of the Tiên Du District Veterans' Association",
    ],
  ],
  "a hospital's department is named by its specialty, of its hospital": [
    [
      'Trưởng khoa Cấp cứu, Bệnh viện Thanh Nhàn',
      'Head of the Emergency Department of Thanh Nhàn Hospital',
    ],
    [
      'Phó Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh Lâm Đồng',
      'Deputy Head of the Paediatrics Department of the Lâm Đồng Provincial General Hospital',
    ],
    [
      'Trưởng khoa Bệnh nhiệt đới, Bệnh viện Quân y 103',
      'Head of the Tropical Diseases Department of Military Hospital 103',
    ],
    [
      'Trưởng khoa Tim mạch (Bệnh viện Đa khoa tỉnh Hòa Bình)',
      'Head of the Cardiology Department (Hòa Bình Provincial General Hospital)',
    ],
    ['Trưởng khoa Dinh dưỡng', 'Head of the Nutrition Department'],
  ],
  'an institute is named by its discipline; a national one says so': [
    ['Viện trưởng Viện Triết học', 'Director of the Institute of Philosophy'],
    ['Phó Viện trưởng Viện Hải dương học', 'Deputy Director of the Institute of Oceanography'],
    [
      'Viện trưởng Viện Toán học (Viện Hàn lâm KH&CN Việt Nam)',
      'Director of the Institute of Mathematics (Vietnam Academy of Science and Technology)',
    ],
    [
      'Viện trưởng Viện Vệ sinh dịch tễ Trung ương',
      'Director of the National Institute of Hygiene and Epidemiology',
    ],
    [
      'Phó Viện trưởng Viện Dinh dưỡng Quốc gia',
      'Deputy Director of the National Institute of Nutrition',
    ],
  ],
};

/** Companies, departments and institutes that must stay Vietnamese: a part has no composed English. */
export const BUSINESSES_STAY_VIETNAMESE: string[] = [
  // Named after Vietnam: the national companies have English names of their own.
  'Tổng Giám đốc Tổng công ty Cà phê Việt Nam',
  'Giám đốc Công ty Cổ phần Xi măng Việt Nam',
  // A trade the table does not know, or no name after the trade.
  'Giám đốc Công ty Cổ phần Bánh kẹo Hải Hà',
  'Giám đốc Công ty Cổ phần Xây dựng',
  'Giám đốc Công ty Cổ phần Xây dựng số 5',
  // A bare `Công ty` without a trade, a brand written in Vietnamese letters, a district branch.
  'Giám đốc Công ty Thành Đạt',
  'Giám đốc chi nhánh Điện máy Xanh Huế',
  'Giám đốc Chi nhánh Agribank huyện Đông Anh',
  // Representatives of what is not a body.
  'đại diện gia đình',
  'đại diện lãnh đạo Bộ Công Thương',
  // A university's khoa is a Faculty with a Dean; a department the table lacks.
  'Trưởng khoa Luật, Trường Đại học Huế',
  'Trưởng khoa Phẫu thuật thần kinh, Bệnh viện Chợ Rẫy',
  // A university's Viện named by more than a discipline is a School in English.
  'Viện trưởng Viện Vật lý kỹ thuật (Trường Đại học Bách khoa Hà Nội)',
  'Viện trưởng Viện Kinh tế Việt Nam',
];
