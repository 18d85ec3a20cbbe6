// What makes a sentence a directive (../shared/spec/EXTRACTION.md): a directive verb with the issuer as
// its subject, a modal of obligation in reported speech, or an imperative task sentence.

/** Verbs that give an instruction whatever their complement says. */
export const STRONG_VERBS = [
  'yêu cầu',
  'đề nghị',
  'chỉ đạo',
  'giao',
  'kêu gọi',
  'quán triệt',
  'chỉ thị',
  'đề ra',
  'đề xuất',
  'mong muốn',
  'nhắc nhở',
  'đặt hàng',
  'chất vấn',
  // Advice and proposals are instructions too when a named person gives them (gold conventions).
  'khuyến cáo',
  'khuyến khích',
  'khuyên',
  'kiến nghị',
  'đòi hỏi',
];

/** Verbs of saying: a directive only when the complement carries an obligation or a task. */
export const WEAK_VERBS = [
  'nhấn mạnh',
  'lưu ý',
  'khẳng định',
  'cho rằng',
  'nói',
  'cho biết',
  'phát biểu',
  'chia sẻ',
  'bày tỏ',
  'đánh giá',
  'nhận định',
  'nêu rõ',
  'kết luận',
  'chỉ rõ',
  'lưu ý rằng',
  'nhấn mạnh rằng',
  'khẳng định rằng',
];

/** Modals of obligation. Order matters: longer first. */
export const MODALS = [
  'cần phải',
  'không được',
  'không để',
  'kiên quyết',
  'phải',
  'cần',
  'tuyệt đối không',
  'nghiêm cấm',
  'bắt buộc',
  // Assigning responsibility says what must be done.
  'chịu trách nhiệm',
  'có trách nhiệm',
  'là trách nhiệm',
];

/**
 * Where a modal's word is not an obligation: an adjective or idiom (`cần thiết`, `phải kể đến`),
 * a condition (`nếu phải`), a circumstance (`đang phải`, `vẫn phải`), or the copula's negation
 * (`không phải là`). Matched against the modal with what follows it, and with the word before it.
 */
export const NOT_OBLIGATION = [
  /^cần (?:thiết|cù|mẫn|kiệm)(?![\p{L}\p{M}])/iu,
  /^phải (?:chăng|trái|kể đến|kể tới|nói|thừa nhận|không)(?![\p{L}\p{M}])/iu,
  /(?:^|\s)(?:nếu|đang|vẫn|từng|không|chưa|chẳng) (?:cần|phải)$/iu,
];

/** Words that open a sentence before its task (`Thứ hai, tiếp tục …`, `Đặc biệt, kiểm tra …`). */
export const CONNECTIVES =
  /^(?:(?:Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|Một là|Hai là|Ba là|Bốn là|Năm là|Đặc biệt|Đồng thời|Bên cạnh đó|Ngoài ra|Mặt khác|Trước mắt|Trước hết|Cụ thể|Vì vậy|Vì thế|Do đó|Do vậy|Theo đó|Tiếp đó|Sau đó|Cuối cùng)\s*[,:]?\s*|[-–+•]\s*|\d+[.)]\s*|[a-đ]\)\s*)/u;

/** An item of an enumeration of tasks: `Thứ hai, …`, `Ba là, …`. */
export const ORDINAL =
  /^(?:Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|Một là|Hai là|Ba là|Bốn là|Năm là)\s*[,:]/u;

/** Words that, after a subject, give it a task (agency-subject task sentences in reported speech). */
export const TASK_VERBS = [
  'tăng cường',
  'chủ trì',
  'phối hợp',
  'khẩn trương',
  'tập trung',
  'triển khai',
  'đẩy mạnh',
  'tiếp tục',
  'chủ động',
  'rà soát',
  'đề ra',
  'nghiêm túc',
  'thực hiện nghiêm',
  'bảo đảm',
  'đảm bảo',
  'thực hiện tốt',
];

/** Verbs of saying that take the people they instruct as object (`lưu ý các địa phương …`); others
 * (`nhấn mạnh`) take a clause, whose subject is not an addressee. */
export const ADDRESSING_VERBS = new Set(['lưu ý', 'lưu ý rằng']);

/** Who a verb of saying addresses when it instructs: `lưu ý các địa phương ...`. */
export const ADDRESSEE =
  /^\s*(?:các|những|từng|mọi|toàn thể|công tác|việc|nhiệm vụ|lực lượng|cán bộ|cấp ủy|chính quyền|người dân)\s/u;

/** Verbs that open an imperative task sentence (no subject). */
export const IMPERATIVE_OPENERS = [
  'Tiếp tục',
  'Tăng cường',
  'Đẩy mạnh',
  'Chăm lo',
  'Củng cố',
  'Nâng cao',
  'Đổi mới',
  'Thực hiện',
  'Triển khai',
  'Tập trung',
  'Khẩn trương',
  'Chủ động',
  'Rà soát',
  'Kiểm tra',
  'Xây dựng',
  'Phát huy',
  'Quan tâm',
  'Bảo đảm',
  'Đảm bảo',
  'Kiên quyết',
  'Nghiêm túc',
  'Đồng thời tổ chức',
  'Tổ chức',
  'Xử lý',
  'Khắc phục',
  'Hoàn thiện',
  'Siết chặt',
  'Theo dõi',
  'Giám sát',
  'Chuẩn bị',
  'Hướng dẫn',
  'Phối hợp',
  'Duy trì',
  'Ưu tiên',
  'Huy động',
  'Phát triển',
  'Tuyên truyền',
  'Không để',
  'Không được',
  'Phải',
  'Cần',
  'Đề cao',
  'Thường xuyên',
  'Sẵn sàng',
  'Tuyệt đối',
  'Nghiên cứu',
  'Sớm',
  'Chú trọng',
  'Phấn đấu',
  'Làm rõ',
  'Đôn đốc',
  'Bố trí',
  'Tích cực',
  'Kịp thời',
  'Nghiêm cấm',
  'Hạn chế',
  'Tạm dừng',
  'Dừng',
  'Xét nghiệm',
  'Cập nhật',
  'Hỗ trợ',
];

/** Task statements: `Một trong những nhiệm vụ quan trọng ... là ...`. */
export const TASK_STATEMENT =
  /^(?:Một trong những nhiệm vụ|Nhiệm vụ (?:trọng tâm|quan trọng|hàng đầu)|Yêu cầu đặt ra)/u;

/**
 * Not directives even with a cue elsewhere: a sentence that sums up (`Đó là`, `Đây là`), or the
 * headline of a related article that a scraper ran into the text (`» …`, `>> …`).
 */
export const NOT_DIRECTIVE_OPENERS = /^(?:(?:Đó là|Đây là)(?![\p{L}\p{M}])|»|>>)/u;

/**
 * A sentence that names, after the fact, whose instruction the sentence before it was: `Đây là yêu
 * cầu của Phó Thủ tướng X tại …`, `Đó là chỉ đạo của …`. Capitalised, it opens a sentence, perhaps
 * after a photo credit a scraper ran into the text.
 */
export const NAMES_THE_ONE_BEFORE =
  /(?:^|\s)(?:Đó|Đây|Trên đây)\s+(?:là|cũng là)\s+(?:(?:những|các|một trong những)\s+)?(?:yêu cầu|chỉ đạo|đề nghị|ý kiến chỉ đạo|kết luận|đề xuất|kiến nghị)\s+(?:của|được)\s/u;
export const PRAISE_VERBS = [
  'ghi nhận',
  'biểu dương',
  'đánh giá cao',
  'chúc mừng',
  'cảm ơn',
  'nhận xét',
  'chỉ ra',
];

/** `Tuy nhiên, …` after praise: the speaker turns from what was done well to what must still be done. */
export const CONTRAST = /^(?:Tuy nhiên|Tuy vậy|Song|Nhưng|Bên cạnh đó|Mặt khác)(?![\p{L}\p{M}])/u;

/** `Đại diện Sở Y tế cho biết …`: an unnamed speaker for a body takes the floor. */
export const UNNAMED_SPEAKER =
  /^(?:[^,]{0,80},\s*)?[Đđ]ại diện\s[^,.;:"“]{1,60}?\s(?:cho biết|cho hay|nói|phát biểu|chia sẻ|báo cáo|thông tin)(?![\p{L}\p{M}])/u;

/** Sentences that only announce that an instruction was issued. */
export const ANNOUNCEMENT =
  /(?:có|ban hành|gửi)\s+(?:công điện|công văn|văn bản|chỉ thị|thông báo)[^.]*\bvề việc\b/u;

/** Attributions after a quotation: `", ông X nói.` */

/**
 * A body as the subject of an instruction (`Sở Y tế đã yêu cầu …`, `Bộ GD&ĐT chỉ đạo …`): a directive
 * whose issuer is no person (gold conventions: issuer null). The body opens the sentence or follows
 * an opening phrase and its comma. `Bộ trưởng` is an office, not a body; `Ban chỉ đạo` is the body's
 * name, not its verb.
 */
export const BODY_SUBJECT =
  /^(?:[^,]{0,80},\s*)?(?:Sở|Bộ(?! trưởng)|UBND|Ủy ban|Ban|Cục|Tổng cục|Văn phòng|Thành ủy|Tỉnh ủy|Chính phủ|Hội đồng)\s[^,.;:"“]{1,50}?\s(?<![Bb]an\s)(?:đã\s|cũng\s|vừa\s)?(yêu cầu|đề nghị|chỉ đạo|khuyến cáo|kêu gọi)(?![\p{L}\p{M}])/u;

/** Adverbs that may stand between a subject and its verb. */
export const ADVERBS = [
  'cũng',
  'đã',
  'còn',
  'đặc biệt',
  'tiếp tục',
  'một lần nữa',
  'thêm',
  'đồng thời',
  'luôn',
  'vẫn',
];

/** Markers of a report of results or of a situation: a task verb after them is not an instruction. */
export const REPORT_MARKERS = [
  'được',
  'đã',
  'đang',
  'vừa',
  'có nhiều',
  'ngày càng',
  'từng bước',
  'bước đầu',
  'góp phần',
  'kết quả',
  'thành tựu',
  'chuyển biến',
  'chưa',
  'cho thấy',
  'việc',
  // A plan of the subject's own (`Hội nghị sẽ …`), not an instruction to it.
  'sẽ',
];
