// Expected English of institutions named by a class and a name or place: sub-departments, a province's
// departments of a general department, hospitals, universities, newspapers, companies, foreign orders.
// Each list is one rule of the composer, named after what it does.
export const INSTITUTIONS: Record<string, [string, string][]> = {
  'a sub-department is the Sub-department of its field, of its place': [
    [
      'Chi cục trưởng Chi cục Kiểm lâm tỉnh Sơn La',
      'Head of the Sub-department of Forest Protection of Sơn La Province',
    ],
    [
      'Phó Chi cục trưởng Chi cục Thủy sản tỉnh Kiên Giang',
      'Deputy Head of the Sub-department of Fisheries of Kiên Giang Province',
    ],
    ['Chi cục Thuế quận Hoàng Mai', 'Sub-department of Taxation of Hoàng Mai District'],
  ],
  "a province's tax, customs or statistics office is headed by a Director": [
    ['Cục trưởng Cục Thuế tỉnh Quảng Nam', 'Director of the Quảng Nam Provincial Tax Department'],
    [
      'Phó Cục trưởng Cục Hải quan TP.HCM',
      'Deputy Director of the Ho Chi Minh City Customs Department',
    ],
    ['Cục trưởng Cục Thú y', 'Director General of the Department of Animal Health'],
  ],
  'a hospital is named by its specialty and place, or keeps its proper name': [
    ['Giám đốc Bệnh viện Mắt Hà Nội', 'Director of the Hanoi Eye Hospital'],
    [
      'Giám đốc Bệnh viện Nhi tỉnh Quảng Ngãi',
      "Director of the Quảng Ngãi Provincial Children's Hospital",
    ],
    [
      'Giám đốc Bệnh viện Đa khoa tỉnh Kon Tum',
      'Director of the Kon Tum Provincial General Hospital',
    ],
    ['Giám đốc Bệnh viện Bạch Mai', 'Director of Bạch Mai Hospital'],
    ['Phó Giám đốc Bệnh viện Chợ Rẫy', 'Deputy Director of Chợ Rẫy Hospital'],
  ],
  'a university named after a person or a province keeps the name': [
    ['Hiệu trưởng Trường Đại học Cần Thơ', 'Rector of Cần Thơ University'],
    ['Phó Hiệu trưởng Trường ĐH Tôn Đức Thắng', 'Vice Rector of Tôn Đức Thắng University'],
    ['Giám đốc Đại học Thái Nguyên', 'President of Thái Nguyên University'],
  ],
  'a newspaper keeps its name, except the forces’ papers': [
    ['Tổng Biên tập báo Nhân Dân', 'Editor-in-Chief of Nhân Dân newspaper'],
    ['Phó Tổng Biên tập Báo Tiền Phong', 'Deputy Editor-in-Chief of Tiền Phong newspaper'],
    ['Tổng Biên tập Báo Quân đội nhân dân', "Editor-in-Chief of the People's Army Newspaper"],
  ],
  'a group named “… Group” is not a Group Group; a board belongs to its company': [
    ['Chủ tịch Tập đoàn Vingroup', 'Chairman of Vingroup'],
    ['Tổng Giám đốc Tập đoàn Sun Group', 'General Director of Sun Group'],
    ['Chủ tịch HĐQT Tập đoàn FLC', 'Chairman of the Board of Directors of FLC Group'],
  ],
  "another state's order is named with its state, before its class": [
    ['Huân chương Tự do hạng Nhì của Nhà nước Lào', 'Freedom Order of Laos, second class'],
    ['Huân chương Hữu nghị của Nhà nước Lào', 'Friendship Order of Laos'],
    ['Huân chương Công trạng của Nhà nước Italia', 'Order of Merit of Italy'],
    ['Huân chương Lao động hạng Ba', 'Labour Order, third class'],
  ],
  'heads and posts': [
    [
      'Phó Tổng Tham mưu trưởng QĐND Việt Nam',
      "Deputy Chief of the General Staff of the Vietnam People's Army",
    ],
    ['Phó Tổng Thanh tra Chính phủ', 'Deputy Government Inspector General'],
  ],
  'a division, brigade or regiment is commanded by its Commander': [
    ['Sư đoàn trưởng Sư đoàn 325', 'Commander of Division 325'],
    ['Phó Lữ đoàn trưởng Lữ đoàn 147', 'Deputy Commander of Brigade 147'],
    ['Trung đoàn trưởng', 'Regiment Commander'],
  ],
  'judges, procurators and standing members of a committee': [
    ['Thẩm phán TAND TP Cần Thơ', "Judge of the Cần Thơ City People's Court"],
    [
      'Kiểm sát viên VKSND tỉnh Tây Ninh',
      "Procurator of the Tây Ninh Provincial People's Procuracy",
    ],
    [
      'Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội',
      'Standing member of the Economic Committee of the National Assembly',
    ],
  ],
  'a superior court or procuracy is named by its city': [
    ['Chánh án TAND cấp cao tại Hà Nội', "Chief Judge of the Superior People's Court in Hanoi"],
    [
      'Viện trưởng VKSND cấp cao tại Đà Nẵng',
      "Chief Procurator of the Superior People's Procuracy in Đà Nẵng",
    ],
  ],
  'a national hospital of a specialty has its own English name': [
    ['Giám đốc Bệnh viện Nhi Trung ương', "Director of the National Children's Hospital"],
    [
      'Giám đốc Bệnh viện Nội tiết Trung ương',
      'Director of the National Hospital of Endocrinology',
    ],
  ],
  'our own orders say who confers them': [
    [
      'Huân chương Lao động hạng Nhì của Chủ tịch nước',
      'Labour Order, second class, conferred by the State President',
    ],
    [
      'Huân chương Chiến công hạng Ba của Nhà nước',
      'Feat of Arms Order, third class, conferred by the State',
    ],
  ],
  'the Party cell, the office of the State President and the provincial deputies’ and council’s office':
    [
      ['Phó Bí thư Chi bộ', 'Deputy Secretary of the Party Cell'],
      ['Phó Chủ nhiệm Văn phòng Chủ tịch nước', 'Vice Chairman of the Office of the President'],
      [
        'Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Yên Bái',
        "Chief of the Office of the National Assembly Deputies' Delegation and People's Council of Yên Bái Province",
      ],
    ],
  'a whole post (Thường trực Ban Bí thư, Tỉnh ủy viên) starts a new post in a chain': [
    [
      'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư',
      'Politburo member, Permanent member of the Secretariat',
    ],
    [
      'Bí thư Huyện ủy, Tỉnh ủy viên',
      'Secretary of the District Party Committee, member of the Provincial Party Committee',
    ],
  ],
  'every province and district has a Military Party Committee': [
    [
      'Bí thư Đảng ủy Quân sự tỉnh Điện Biên',
      'Secretary of the Điện Biên Provincial Military Party Committee',
    ],
  ],
  "a police division's department at the Ministry is its Department": [
    [
      'Cục trưởng Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
      'Director General of the Fire Prevention, Fighting and Rescue Police Department',
    ],
    [
      'Phó Cục trưởng Cục An ninh kinh tế',
      'Deputy Director General of the Economic Security Department',
    ],
  ],
  'a hospital known by a number': [
    ['Giám đốc Bệnh viện Nhi đồng 1', "Director of Children's Hospital 1"],
    ['Giám đốc Bệnh viện Quân y 354', 'Director of Military Hospital 354'],
  ],
  "a hero's title says its war or period": [
    [
      'danh hiệu Anh hùng Lao động trong thời kỳ đổi mới',
      'title of Labour Hero in the Renewal Period',
    ],
    [
      'Anh hùng LLVTND thời kỳ kháng chiến chống Pháp',
      "Hero of the People's Armed Forces in the resistance war against the French",
    ],
  ],
  "a central committee's executive committee is that committee": [
    [
      'Bằng khen của Ban Chấp hành Trung ương Đoàn',
      'Certificate of Merit of the Ho Chi Minh Communist Youth Union Central Committee',
    ],
    [
      'Ủy viên BCH Trung ương Hội Nông dân Việt Nam',
      "member of the Central Committee of the Vietnam Farmers' Union",
    ],
  ],
  'a Chief Inspector is of the body, not of its Inspectorate': [
    ['Chánh Thanh tra Bộ Tài chính', 'Chief Inspector of the Ministry of Finance'],
    [
      'Phó Chánh Thanh tra Sở Giao thông vận tải tỉnh Hà Tĩnh',
      'Deputy Chief Inspector of the Department of Transport of Hà Tĩnh Province',
    ],
    ['Chánh Thanh tra tỉnh Bắc Giang', 'Chief Inspector of the Bắc Giang Provincial Inspectorate'],
  ],
};
