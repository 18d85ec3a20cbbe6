// Awards: the kinds of ../shared/spec/EXTRACTION.md, and the words around a conferral.
import type { AwardKind } from '../../article/schema';

/** Each kind with the spellings that name it (matched case-insensitively at a word start). */
export const AWARD_KIND_WORDS: [AwardKind, RegExp][] = [
  ['Huân chương', /huân chương/iu],
  ['Huy chương', /huy chương/iu],
  ['Huy hiệu Đảng', /huy hiệu (?:đảng|\d+ năm tuổi đảng)/iu],
  // Emulation flags go by several names (`cờ thi đua`, a union's `cờ vững mạnh xuất sắc`).
  ['Cờ Thi đua', /cờ (?:thi đua|vững mạnh|đơn vị (?:xuất sắc|vững mạnh|dẫn đầu))/iu],
  ['Bằng khen', /bằng khen/iu],
  ['Giấy khen', /giấy khen/iu],
  ['Kỷ niệm chương', /kỷ niệm chương/iu],
  ['danh hiệu', /danh hiệu/iu],
  ['Giải thưởng', /giải thưởng/iu],
];

/**
 * The names of the state's orders, medals, titles and prizes, as the Law on Emulation and
 * Commendation (Luật Thi đua, Khen thưởng 2003, amended 2013 and 2022: Articles 7, 33–60) lists them,
 * whole; matched case-insensitively right after the kind word, longest first. A name read from this
 * list runs over its lower-case words (`Anh hùng Lực lượng vũ trang nhân dân`), which the capitalised
 * words alone would cut short.
 */
export const STATE_AWARD_NAMES = [
  // Huân chương (Articles 33–49)
  'Sao vàng',
  'Hồ Chí Minh',
  'Độc lập',
  'Quân công',
  'Lao động',
  'Bảo vệ Tổ quốc',
  'Chiến công',
  'Đại đoàn kết dân tộc',
  'Dũng cảm',
  'Hữu nghị',
  // Huy chương (Articles 50–53)
  'Quân kỳ quyết thắng',
  'Vì an ninh Tổ quốc',
  'Chiến sĩ vẻ vang',
  // Danh hiệu vinh dự nhà nước (Article 60) and emulation titles (Article 7)
  'Bà mẹ Việt Nam anh hùng',
  'Mẹ Việt Nam anh hùng',
  'Anh hùng Lực lượng vũ trang nhân dân',
  'Anh hùng Lao động',
  'Nhà giáo nhân dân',
  'Nhà giáo ưu tú',
  'Thầy thuốc nhân dân',
  'Thầy thuốc ưu tú',
  'Nghệ sĩ nhân dân',
  'Nghệ sĩ ưu tú',
  'Nghệ nhân nhân dân',
  'Nghệ nhân ưu tú',
  'Chiến sĩ thi đua toàn quốc',
  'Chiến sĩ thi đua cơ sở',
  'Chiến sĩ thi đua',
  'Lao động tiên tiến',
  'Chiến sĩ tiên tiến',
  'Tập thể lao động xuất sắc',
  'Tập thể lao động tiên tiến',
  'Đơn vị quyết thắng',
  'Đơn vị tiên tiến',
  // Giải thưởng (Articles 66–67)
  'Nhà nước',
].sort((a, b) => b.length - a.length);

/** Verbs of conferring or receiving that make a mention an award of the reported event. */
export const CONFER_VERBS =
  /(?:trao tặng|trao|tặng|truy tặng|phong tặng|đón nhận|nhận|được nhận|được trao|được tặng|khen thưởng|gắn)/iu;

/** Contexts that make a mention not an award of this event. */
export const NOT_CONFERRED =
  /(?:phong trào thi đua|đề xuất|đề nghị|xét tặng|từng được|từng nhận|đã từng|sẽ được|dự kiến)/iu;

/** Words in the clause before a mention that make it a past award (a history, a biography). */
export const HISTORY = /(?:^|\s)(?:từng|nhiều năm liền|liên tục được|liên tiếp được)(?=\s)/iu;

/** A vague number of receivers (`nhiều cán bộ`, `hàng ngàn người`): statistics, not a conferral. */
export const VAGUE_RECEIVERS = /^(?:nhiều|hàng (?:ngàn|nghìn|trăm|chục|vạn))\s/iu;

/** Words before a kind word that make it a mention in general (`các danh hiệu`, `huân, huy chương`). */
export const GENERIC_BEFORE = /(?:nhiều|các|những|mọi|huân,?)\s*$/iu;

/** What a verb of giving gives when it gives a gift (`tặng quà`, `trao hoa`), not an award. */
export const GIFTS = /^\s*(?:quà|hoa|tiền|phần quà|suất quà|sổ tiết kiệm)(?![\p{L}\p{M}])/iu;

/** Numbers written as words, for counting recipients (`hai lão nông`). */
export const NUMBER_WORDS: Record<string, number> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/** Words that end an award's name. */
export const NAME_STOPS = new Set([
  'cho',
  'tới',
  'đến',
  'vì',
  'do',
  'và',
  'tại',
  'trong',
  'nhân',
  'về',
]);
