// Parts the synthetic articles are composed from, all written for docbao: invented people, offices,
// places, verbs and honours. The names are common Vietnamese family, middle and given names in
// invented combinations; no sentence comes from a real article.

export const FAMILY = [
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
  'Đinh',
  'Trương',
];
export const MIDDLE = [
  'Văn',
  'Thị',
  'Minh',
  'Đức',
  'Quốc',
  'Hữu',
  'Thanh',
  'Ngọc',
  'Xuân',
  'Hoài',
  'Đình',
  'Công',
];
export const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hòa',
  'Hùng',
  'Khang',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thành',
  'Trung',
  'Tuấn',
  'Vinh',
  'Yến',
];

export const PROVINCES = [
  'Long An',
  'Bến Tre',
  'Quảng Ngãi',
  'Nghệ An',
  'Thái Bình',
  'Lâm Đồng',
  'Đắk Lắk',
  'Cà Mau',
  'Hà Giang',
  'Bình Định',
  'Kiên Giang',
  'Phú Thọ',
];

/** Offices as head + body, composed per province or per ministry. */
export const PROVINCE_OFFICES = [
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch UBND tỉnh',
  'Bí thư Tỉnh ủy',
  'Giám đốc Sở Y tế tỉnh',
  'Giám đốc Sở Giáo dục và Đào tạo tỉnh',
];
export const MINISTRIES = [
  'Bộ Y tế',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Tài chính',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Giao thông vận tải',
  'Bộ Công Thương',
];
export const MINISTRY_OFFICES = ['Bộ trưởng', 'Thứ trưởng'];

export const TOPICS = [
  ['phòng chống thiên tai', 'các công trình đê điều trước mùa mưa bão'],
  ['cải cách hành chính', 'thủ tục cấp phép cho doanh nghiệp'],
  ['chuyển đổi số', 'hệ thống dịch vụ công trực tuyến'],
  ['xây dựng nông thôn mới', 'các tuyến đường liên xã'],
  ['bảo đảm an toàn thực phẩm', 'các bếp ăn tập thể trong trường học'],
  ['phòng cháy chữa cháy', 'các khu nhà trọ đông người ở'],
  ['giải ngân vốn đầu tư công', 'các dự án chậm tiến độ'],
  ['chăm sóc sức khỏe ban đầu', 'các trạm y tế xã vùng sâu'],
];

export const EVENTS = [
  'hội nghị tổng kết',
  'buổi làm việc',
  'hội nghị sơ kết',
  'cuộc họp trực tuyến',
  'đợt kiểm tra',
];
export const ADDRESSEES = [
  'các sở, ngành',
  'UBND các huyện',
  'các đơn vị liên quan',
  'Sở Tài chính',
  'Công an tỉnh',
];
export const CUES = ['yêu cầu', 'đề nghị', 'chỉ đạo'];
export const ACTIONS = [
  'rà soát, báo cáo kết quả trước ngày 30 hằng tháng',
  'khẩn trương hoàn thành kế hoạch trong quý này',
  'tăng cường kiểm tra, xử lý nghiêm các vi phạm',
  'bố trí đủ kinh phí và nhân lực để triển khai',
  'công khai kết quả cho người dân được biết',
];

export const HONOURS = [
  'Bằng khen của Thủ tướng Chính phủ',
  'Huân chương Lao động hạng Ba',
  'Cờ Thi đua của Chính phủ',
  'Giấy khen của Chủ tịch UBND tỉnh',
  'Kỷ niệm chương Vì sự nghiệp giáo dục',
];
export const UNITS = [
  'các tập thể và cá nhân có thành tích xuất sắc',
  'tập thể cán bộ Trạm y tế xã',
  'Trường tiểu học thị trấn',
  'lực lượng dân quân xã',
];
export const OUTLETS = ['bao-tinh', 'thong-tan', 'tin-dia-phuong', 'cong-thong-tin'];
