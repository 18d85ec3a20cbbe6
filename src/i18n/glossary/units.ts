// Units inside ministries, named the same way in every article that mentions them: general departments
// (Tổng cục), departments and agencies (Cục), and ministry departments (Vụ). English names as the
// ministries' own English pages give them.

export const GENERAL_DEPARTMENTS: Record<string, string> = {
  Thuế: 'General Department of Taxation',
  'Hải quan': 'General Department of Vietnam Customs',
  'Thống kê': 'General Statistics Office',
  'Du lịch': 'Vietnam National Authority of Tourism',
  'Cảnh sát': 'General Department of Police',
  'An ninh': 'General Department of Security',
  'Thủy lợi': 'Directorate of Water Resources',
  'Lâm nghiệp': 'Directorate of Forestry',
  'Thủy sản': 'Directorate of Fisheries',
  'Môi trường': 'Vietnam Environment Administration',
  'Đường bộ Việt Nam': 'Directorate for Roads of Vietnam',
  'Quản lý thị trường': 'General Department of Market Surveillance',
  'Thể dục thể thao': 'General Department of Sports and Physical Training',
  'Dân số - Kế hoạch hóa gia đình': 'General Office for Population and Family Planning',
  'Dân số': 'General Office for Population',
  'Dự trữ Nhà nước': 'General Department of State Reserves',
  'Phòng chống thiên tai': 'Vietnam Disaster Management Authority',
  'Tiêu chuẩn Đo lường Chất lượng': 'Directorate for Standards, Metrology and Quality',
  'Giáo dục nghề nghiệp': 'Directorate of Vocational Education and Training',
  'Thi hành án dân sự': 'General Department of Civil Judgment Enforcement',
  'Địa chất và Khoáng sản': 'General Department of Geology and Minerals',
};

/** The army's general departments: their heads are Directors (Chủ nhiệm), not Chairmen. */
export const ARMY_GENERAL_DEPARTMENTS: Record<string, string> = {
  'Chính trị': 'General Department of Politics',
  'Kỹ thuật': 'General Department of Technology',
  'Hậu cần': 'General Department of Logistics',
  'Hậu cần - Kỹ thuật': 'General Department of Logistics and Technology',
  'Công nghiệp quốc phòng': 'General Department of Defence Industry',
  'Tình báo': 'General Department of Defence Intelligence',
};

export const AGENCIES: Record<string, string> = {
  'Y tế dự phòng': 'General Department of Preventive Medicine',
  'Quản lý Dược': 'Drug Administration of Vietnam',
  'Quản lý Khám, chữa bệnh': 'Medical Examination and Treatment Administration',
  'An toàn thực phẩm': 'Vietnam Food Administration',
  'Quản lý môi trường y tế': 'Health Environment Management Agency',
  'Khoa học, Công nghệ và Đào tạo': 'Administration of Science, Technology and Training',
  'Xuất nhập khẩu': 'Agency of Foreign Trade',
  'Cảnh sát giao thông': 'Traffic Police Department',
  'Cảnh sát hình sự': 'Criminal Police Department',
  'Cảnh sát điều tra tội phạm về ma túy': 'Drug Crime Investigation Police Department',
  'Cảnh sát kinh tế': 'Economic Police Department',
  'Hàng hải Việt Nam': 'Vietnam Maritime Administration',
  'Hàng không Việt Nam': 'Civil Aviation Authority of Vietnam',
  'Đường sắt Việt Nam': 'Vietnam Railway Authority',
  'Đường thủy nội địa Việt Nam': 'Vietnam Inland Waterways Administration',
  'Trồng trọt': 'Department of Crop Production',
  'Chăn nuôi': 'Department of Livestock Production',
  'Thú y': 'Department of Animal Health',
  'Bảo vệ thực vật': 'Plant Protection Department',
  'Việc làm': 'Department of Employment',
  'An toàn lao động': 'Department of Work Safety',
  'Người có công': 'Department of People with Meritorious Services',
  'Bảo trợ xã hội': 'Department of Social Assistance',
  'Trẻ em': 'Department of Children',
  'Di sản văn hóa': 'Department of Cultural Heritage',
  'Báo chí': 'Press Department',
  'Lãnh sự': 'Consular Department',
  'Quân y': 'Military Medical Department',
  'Tác chiến': 'Operations Department',
  'Đối ngoại': 'Foreign Relations Department',
  'Biến đổi khí hậu': 'Department of Climate Change',
  'Quản lý đê điều và Phòng, chống thiên tai':
    'Department of Dyke Management and Natural Disaster Control',
};

export const MINISTRY_DEPARTMENTS: Record<string, string> = {
  'Tổ chức cán bộ': 'Department of Personnel and Organisation',
  'Pháp chế': 'Legal Department',
  'Hợp tác quốc tế': 'International Cooperation Department',
  'Kế hoạch - Tài chính': 'Planning and Finance Department',
  'Thi đua - Khen thưởng': 'Emulation and Commendation Department',
  'Khoa học và Công nghệ': 'Department of Science and Technology',
  'Giáo dục Đại học': 'Department of Higher Education',
  'Giáo dục Trung học': 'Department of Secondary Education',
  'Giáo dục Tiểu học': 'Department of Primary Education',
  'Bảo hiểm y tế': 'Health Insurance Department',
  'Thông tin Báo chí': 'Press and Information Department',
  'Tổng hợp': 'General Affairs Department',
};

/**
 * What a provincial or district sub-department (Chi cục) does, as provincial portals name them in
 * English (`Chi cục Kiểm lâm tỉnh X` -> the Sub-department of Forest Protection of X Province).
 */
export const SUB_DEPARTMENTS: Record<string, string> = {
  'Kiểm lâm': 'Forest Protection',
  'Thủy sản': 'Fisheries',
  'Thú y': 'Animal Health',
  'Chăn nuôi và Thú y': 'Livestock Production and Animal Health',
  'Bảo vệ thực vật': 'Plant Protection',
  'Trồng trọt và Bảo vệ thực vật': 'Crop Production and Plant Protection',
  'Thủy lợi': 'Irrigation',
  'Phát triển nông thôn': 'Rural Development',
  Thuế: 'Taxation',
  'Hải quan': 'Customs',
  'Quản lý thị trường': 'Market Surveillance',
  'Văn thư - Lưu trữ': 'Records and Archives',
  'Dân số - Kế hoạch hóa gia đình': 'Population and Family Planning',
  'Tiêu chuẩn Đo lường Chất lượng': 'Standards, Metrology and Quality',
  'Bảo vệ môi trường': 'Environmental Protection',
  'Biển và Hải đảo': 'Sea and Islands',
  'An toàn vệ sinh thực phẩm': 'Food Safety',
  'Thi hành án dân sự': 'Civil Judgment Enforcement',
};
