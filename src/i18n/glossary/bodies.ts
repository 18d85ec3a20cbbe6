// Bodies with one established English name, whole (`Bộ Chính trị` -> Politburo). Sources: the
// renderings in ../shared/spec/GLOSSARY.md, the Government portal's English pages and the Ministry of
// Foreign Affairs' guide to English names of state bodies (Circular 03/2009/TT-BNG).

/**
 * How a head reads with the body: a ministry names its minister by field; an academy, a national
 * university or the Women's Union is headed by a President; a court by a Chief Judge.
 */
export type Kind =
  | 'party'
  | 'state'
  | 'ministry'
  | 'academy'
  | 'school'
  | 'court'
  | 'supreme-court'
  | 'procuracy'
  | 'supreme-procuracy'
  | 'union'
  | 'department'
  | 'force'
  | 'company';

export interface Body {
  en: string;
  /** English puts "the" before it (`the Politburo`, but `Military Region 7`). */
  the: boolean;
  kind: Kind;
  /** For a ministry: its field (`Health`), as in `Minister of Health`. */
  field?: string;
}

const party = (en: string): Body => ({ en, the: true, kind: 'party' });
const state = (en: string): Body => ({ en, the: true, kind: 'state' });
const academy = (en: string, the = true): Body => ({ en, the, kind: 'academy' });
const force = (en: string, the = true): Body => ({ en, the, kind: 'force' });
const company = (en: string, the = true): Body => ({ en, the, kind: 'company' });

export const NAMED_BODIES: Record<string, Body> = {
  'Bộ Chính trị': party('Politburo'),
  'Ban Bí thư': party('Secretariat of the Party Central Committee'),
  'Ban Bí thư Trung ương Đảng': party('Secretariat of the Party Central Committee'),
  'Ban Chấp hành Trung ương Đảng': party('Party Central Committee'),
  'Ban Chấp hành Trung ương': party('Party Central Committee'),
  'Trung ương Đảng': party('Party Central Committee'),
  'Trung ương': party('Party Central Committee'),
  'Ủy ban Kiểm tra Trung ương': party('Central Inspection Commission'),
  'Quân ủy Trung ương': party('Central Military Commission'),
  'Đảng ủy Quân sự Trung ương': party('Central Military Commission'),
  'Đảng ủy Công an Trung ương': party('Central Public Security Party Committee'),
  'Đảng ủy Khối các cơ quan Trung ương': party('Party Committee of the Central Agencies Bloc'),
  'Đảng ủy Khối Doanh nghiệp Trung ương': party('Party Committee of the Central Business Bloc'),
  'Quốc hội': state('National Assembly'),
  'Ủy ban Thường vụ Quốc hội': state('National Assembly Standing Committee'),
  'Văn phòng Quốc hội': state('Office of the National Assembly'),
  'Văn phòng Chủ tịch nước': state('Office of the President'),
  'Hội đồng Dân tộc': state('Ethnic Council'),
  'Ủy ban Pháp luật': state('Law Committee'),
  'Ủy ban Tư pháp': state('Judicial Committee'),
  'Ủy ban Kinh tế': state('Economic Committee'),
  'Ủy ban Tài chính - Ngân sách': state('Finance and Budget Committee'),
  'Ủy ban Quốc phòng và An ninh': state('Committee for National Defence and Security'),
  'Ủy ban Văn hóa, Giáo dục': state('Committee for Culture and Education'),
  'Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng': state(
    'Committee for Culture, Education, Youth, Adolescents and Children',
  ),
  'Ủy ban Xã hội': state('Committee for Social Affairs'),
  'Ủy ban Khoa học, Công nghệ và Môi trường': state(
    'Committee for Science, Technology and Environment',
  ),
  'Ủy ban Đối ngoại': state('Committee for External Relations'),
  'Ban Công tác đại biểu': state("Commission for Deputies' Affairs"),
  'Ban Dân nguyện': state("People's Petition Committee"),
  'Chính phủ': state('Government'),
  'Văn phòng Chính phủ': state('Government Office'),
  'Thanh tra Chính phủ': state('Government Inspectorate'),
  'Ngân hàng Nhà nước Việt Nam': state('State Bank of Vietnam'),
  'Ngân hàng Nhà nước': state('State Bank of Vietnam'),
  'Kiểm toán Nhà nước': state('State Audit Office of Vietnam'),
  'Ủy ban Dân tộc': state('Committee for Ethnic Minority Affairs'),
  'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp': state(
    'Commission for the Management of State Capital at Enterprises',
  ),
  'Thông tấn xã Việt Nam': state('Vietnam News Agency'),
  'Đài Truyền hình Việt Nam': { ...state('Vietnam Television'), the: false },
  'Đài Tiếng nói Việt Nam': { ...state('Voice of Vietnam'), the: false },
  'Bảo hiểm xã hội Việt Nam': { ...state('Vietnam Social Security'), the: false },
  'Hội đồng Thi đua - Khen thưởng Trung ương': state('Central Emulation and Commendation Council'),
  'Hội đồng Thi đua - Khen thưởng': state('Emulation and Commendation Council'),
  'Ban Thi đua - Khen thưởng Trung ương': state('Central Emulation and Commendation Committee'),
  'Viện Hàn lâm Khoa học xã hội Việt Nam': academy('Vietnam Academy of Social Sciences'),
  'Viện Hàn lâm Khoa học và Công nghệ Việt Nam': academy(
    'Vietnam Academy of Science and Technology',
  ),
  'Học viện Chính trị quốc gia Hồ Chí Minh': academy('Ho Chi Minh National Academy of Politics'),
  'Đại học Quốc gia Hà Nội': academy('Vietnam National University, Hanoi', false),
  'Đại học Quốc gia thành phố Hồ Chí Minh': academy(
    'Vietnam National University, Ho Chi Minh City',
    false,
  ),
  'Mặt trận Tổ quốc Việt Nam': state('Vietnam Fatherland Front'),
  'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam': state(
    'Vietnam Fatherland Front Central Committee',
  ),
  'Tổng Liên đoàn Lao động Việt Nam': state('Vietnam General Confederation of Labour'),
  'Trung ương Đoàn': state('Ho Chi Minh Communist Youth Union Central Committee'),
  'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh': state(
    'Ho Chi Minh Communist Youth Union Central Committee',
  ),
  'Hội đồng Đội Trung ương': state(
    'Central Council of the Ho Chi Minh Young Pioneers Organisation',
  ),
  'Tòa án nhân dân tối cao': { en: "Supreme People's Court", the: true, kind: 'supreme-court' },
  'Viện Kiểm sát nhân dân tối cao': {
    en: "Supreme People's Procuracy",
    the: true,
    kind: 'supreme-procuracy',
  },
  'Bộ Tổng Tham mưu': force("General Staff of the Vietnam People's Army"),
  'Tổng cục Chính trị Quân đội nhân dân Việt Nam': force(
    "General Department of Politics of the Vietnam People's Army",
  ),
  'Quân đội nhân dân Việt Nam': force("Vietnam People's Army"),
  'Quân đội nhân dân': force("People's Army"),
  'Công an nhân dân': force("People's Public Security"),
  'Bộ Tư lệnh Cảnh sát biển': force('Vietnam Coast Guard Command'),
  'Cảnh sát biển Việt Nam': force('Vietnam Coast Guard'),
  'Bộ Tư lệnh Bộ đội Biên phòng': force('Border Guard Command'),
  'Bộ Tư lệnh Thủ đô Hà Nội': force('Hanoi Capital Command'),
  'Quân chủng Hải quân': force('Navy'),
  'Quân chủng Phòng không - Không quân': force('Air Defence - Air Force Service'),
  'Hội đồng quản trị': { en: 'Board of Directors', the: true, kind: 'company' },
  'Phòng Thương mại và Công nghiệp Việt Nam': state('Vietnam Chamber of Commerce and Industry'),
  VCCI: state('Vietnam Chamber of Commerce and Industry'),
  // State groups and corporations that the news names in titles week after week.
  'Tập đoàn Điện lực Việt Nam': company('Vietnam Electricity', false),
  'Tập đoàn Dầu khí Việt Nam': company('Vietnam Oil and Gas Group'),
  'Tập đoàn Bưu chính Viễn thông Việt Nam': company('Vietnam Posts and Telecommunications Group'),
  'Tập đoàn Công nghiệp - Viễn thông Quân đội': company('Viettel Group', false),
  'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam': company(
    'Vietnam National Coal and Mineral Industries Group',
  ),
  'Tổng công ty Đường sắt Việt Nam': company('Vietnam Railways', false),
  'Tổng công ty Hàng không Việt Nam': company('Vietnam Airlines', false),
  // International organisations that Vietnamese news names in titles.
  'Liên hợp quốc': state('United Nations'),
  'Ngân hàng Phát triển châu Á': state('Asian Development Bank'),
  ADB: state('Asian Development Bank'),
  'Ngân hàng Thế giới': state('World Bank'),
  WB: state('World Bank'),
  'Quỹ Tiền tệ Quốc tế': state('International Monetary Fund'),
  IMF: state('International Monetary Fund'),
  'Tổ chức Y tế Thế giới': state('World Health Organization'),
  WHO: state('World Health Organization'),
  UNICEF: state("United Nations Children's Fund"),
  UNDP: state('United Nations Development Programme'),
};
