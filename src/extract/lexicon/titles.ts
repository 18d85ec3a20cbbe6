// Titles: an office word opens a role (`Bí thư`, `Bộ trưởng`, a military rank), and the body it belongs
// to follows (`Thành ủy TP HCM`, `Bộ Tư pháp`). Longer forms first, so `Phó Bí thư` wins over `Bí thư`.

/** Offices and ranks that open a role. Each is a role on its own even without a body. */
export const OFFICES = [
  // Party
  'Tổng Bí thư', 'Thường trực Ban Bí thư', 'Phó Bí thư Thường trực', 'Phó Bí thư', 'Bí thư',
  'Ủy viên Trung ương Đảng', 'Ủy viên Bộ Chính trị', 'Ủy viên Ban Thường vụ', 'Ủy viên', 'Thành ủy viên',
  'Tỉnh ủy viên', 'Chủ nhiệm',
  // State and government
  'Chủ tịch nước', 'Phó Chủ tịch nước', 'Phó Chủ tịch Thường trực', 'Phó Chủ tịch', 'Chủ tịch',
  'Phó Thủ tướng Thường trực', 'Phó Thủ tướng', 'Thủ tướng', 'Bộ trưởng', 'Thứ trưởng Thường trực',
  'Thứ trưởng', 'Tổng cục trưởng', 'Phó Tổng cục trưởng', 'Phó tổng cục trưởng', 'Cục trưởng',
  'Phó Cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng', 'Chánh Văn phòng', 'Phó Chánh Văn phòng',
  'Chánh án', 'Phó Chánh án', 'Viện trưởng', 'Phó Viện trưởng', 'Tổng Thư ký', 'Người phát ngôn',
  'Tổng Kiểm toán', 'Thống đốc', 'Phó Thống đốc', 'Trưởng đoàn', 'Phó Trưởng đoàn',
  // Heads of commissions, departments, schools, companies
  'Phó Trưởng ban Thường trực', 'Phó Trưởng Ban', 'Phó trưởng Ban', 'Phó Trưởng ban', 'Phó trưởng ban',
  'Trưởng Ban', 'Trưởng ban', 'Tổng Giám đốc', 'Phó Tổng Giám đốc', 'Giám đốc', 'Phó Giám đốc',
  'Đồng Giám đốc', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Trưởng phòng', 'Phó Trưởng phòng',
  'Trưởng Công an', 'Trưởng Khoa', 'Trưởng khoa', 'Chỉ huy trưởng', 'Tư lệnh', 'Phó Tư lệnh',
  'Chính ủy', 'Phó Chính ủy', 'Tham mưu trưởng', 'Đồn trưởng', 'Chủ tịch Hội đồng quản trị',
  // Diplomacy and foreign offices
  'Đại sứ', 'Tổng Lãnh sự', 'Lãnh sự', 'Tổng thống', 'Phó Tổng thống', 'Thủ tướng', 'Quốc vương',
  'Ngoại trưởng', 'Bộ trưởng Ngoại giao', 'Tổng Giám đốc', 'Giáo sư danh dự',
  // Military and police ranks (roles per the gold conventions)
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá',
  'Thiếu tá', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc',
];

/**
 * Lowercase words allowed inside a body's name after a capitalised one (`Thành ủy`, `Bộ Tư pháp`,
 * `UBND tỉnh Thanh Hóa`): administrative levels and the second syllables of common body words.
 */
export const BODY_JOINERS = new Set([
  'tỉnh', 'thành phố', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'nhân dân', 'TP',
]);

/** Phrases that refer to the holder of an office without naming them. */
export const OFFICE_REFERENCES: Record<string, string> = {
  'Lãnh đạo Chính phủ': 'Thủ tướng',
  'Người đứng đầu Chính phủ': 'Thủ tướng',
  'người đứng đầu Chính phủ': 'Thủ tướng',
};

/** Academic prefixes written before a name: not roles (gold conventions). */
export const ACADEMIC = /^(?:GS|PGS|TS|ThS|BS|KS|TSKH|NCS|CN|Ths|Ts|Gs|Pgs)(?:\.|\b)/u;

/**
 * Words that open a body's name after an office (`Bí thư Thành ủy`, `Bộ trưởng Bộ Tư pháp`). A
 * capitalised word after an office that is none of these, nor a country or an acronym, is a name.
 */
export const BODY_HEADS = [
  'Thành ủy', 'Tỉnh ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Đảng đoàn', 'Ban', 'Bộ', 'Sở',
  'Ủy ban', 'UBND', 'HĐND', 'Hội đồng', 'Quốc hội', 'Chính phủ', 'Trung ương', 'Viện', 'Trường',
  'Đại học', 'Học viện', 'Bệnh viện', 'Công an', 'Cục', 'Tổng cục', 'Vụ', 'Văn phòng', 'Tập đoàn',
  'Tổng công ty', 'Công ty', 'Ngân hàng', 'Mặt trận', 'Đảng', 'Hội', 'Liên đoàn', 'Liên hiệp', 'Đoàn',
  'Tòa án', 'Viện kiểm sát', 'Bộ Chỉ huy', 'Bộ Tư lệnh', 'Quân khu', 'Quân đoàn', 'Quân chủng',
  'Binh chủng', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Đồn', 'Cảnh sát', 'Phòng', 'Khoa', 'Trung tâm',
  'Thường trực', 'Thường vụ', 'Chi cục', 'Kho bạc', 'Thanh tra', 'Kiểm toán', 'Nhà nước', 'Tổng Liên đoàn',
  'Hải quan', 'Báo', 'Đài', 'Thông tấn xã', 'Tổ', 'Nhóm', 'Câu lạc bộ', 'CLB', 'Chi bộ', 'Đảng bộ',
  'Hiệp hội', 'Quỹ', 'Ủy ban Kiểm tra', 'Ban Chỉ đạo', 'Ban chỉ đạo', 'Cơ quan', 'Khu', 'Bảo tàng',
  'Nhà xuất bản', 'Tạp chí', 'Tổng Bí thư', 'Bí thư', 'Cộng hòa', 'Liên minh', 'Liên hợp quốc',
  'Chủ tịch', 'Quân đội', 'Quân ủy', 'Thành phố', 'Tỉnh', 'Huyện', 'Quận', 'Xã', 'Phường', 'TP',
];

/** Lowercase words that end a title: verbs and function words, never the second syllable of a body. */
export const TITLE_STOPS = new Set([
  'và', 'đã', 'cho', 'trao', 'tặng', 'phát', 'đến', 'tại', 'với', 'của', 'là', 'có', 'được', 'cũng',
  'về', 'trong', 'nói', 'đề', 'yêu', 'nhấn', 'lưu', 'chỉ', 'khẳng', 'thăm', 'dự', 'ký', 'làm', 'đi',
  'vừa', 'đang', 'sẽ', 'khi', 'thì', 'mà', 'này', 'đó', 'nhận', 'cùng', 'bày', 'khen', 'ghi', 'gửi',
  'tiếp', 'phối', 'người', 'các', 'những', 'một', 'không', 'ngày', 'sáng', 'chiều', 'tối', 'năm',
  'tháng', 'lần', 'vào', 'ra', 'theo', 'cần', 'phải', 'biểu', 'giao', 'kêu', 'quán', 'nêu', 'chia',
  'bắt', 'như', 'để', 'từ', 'đây', 'hôm', 'nay', 'rằng', 'ông', 'bà', 'anh', 'chị', 'đồng', 'vì', 'do',
  'nên', 'hay', 'hoặc', 'nhưng', 'song', 'còn', 'luôn', 'đánh', 'cảm', 'chúc', 'hỏi', 'trả', 'lời',
  'trực', 'kiểm', 'tham', 'chủ', 'cho biết', 'mong', 'đặc', 'tuyên', 'thông', 'họp', 'điện', 'đọc',
  'trình', 'báo', 'xem', 'tới', 'sau', 'trước', 'thay', 'mặt', 'dẫn', 'đầu', 'kết', 'luận', 'nhắc',
]);
