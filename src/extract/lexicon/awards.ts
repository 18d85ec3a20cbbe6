// Awards: the kinds of ../shared/spec/EXTRACTION.md, and the words around a conferral.
import type { AwardKind } from '../../article/schema';

/** Each kind with the spellings that name it (matched case-insensitively at a word start). */
export const AWARD_KIND_WORDS: [AwardKind, RegExp][] = [
  ['Huân chương', /huân chương/iu],
  ['Huy chương', /huy chương/iu],
  ['Huy hiệu Đảng', /huy hiệu (?:đảng|\d+ năm tuổi đảng)/iu],
  ['Cờ Thi đua', /cờ thi đua/iu],
  ['Bằng khen', /bằng khen/iu],
  ['Giấy khen', /giấy khen/iu],
  ['Kỷ niệm chương', /kỷ niệm chương/iu],
  ['danh hiệu', /danh hiệu/iu],
  ['Giải thưởng', /giải thưởng/iu],
];

/** Verbs of conferring or receiving that make a mention an award of the reported event. */
export const CONFER_VERBS =
  /(?:trao tặng|trao|tặng|truy tặng|phong tặng|đón nhận|nhận|được nhận|được trao|được tặng|khen thưởng|gắn)/iu;

/** Contexts that make a mention not an award of this event. */
export const NOT_CONFERRED =
  /(?:phong trào thi đua|đề xuất|đề nghị|xét tặng|từng được|từng nhận|đã từng|sẽ được|dự kiến)/iu;

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
