// Directives: the states of reported speech and the windows the attribution reads, in one table.

/**
 * The state of reported speech as the article is read, sentence by sentence (index.ts moves it):
 * - `narration`: no official's speech is being reported; a sentence needs an attribution of its own.
 * - `cue`: a sentence named a speaker with a verb of instruction; the sentences after it may go on.
 * - `continuing`: a sentence with no attribution of its own that goes on with the speaker's words.
 * - `quotation`: a quoted paragraph closed by an attribution; each sentence in it is that speaker's.
 * - `task-list`: an instruction that ends with a colon; the items after it are its tasks.
 */
export type SpeechMode = 'narration' | 'cue' | 'continuing' | 'quotation' | 'task-list';

/** How far (in characters) each reading looks. */
export const WINDOWS = {
  /** After a name, to an instruction issued in writing (`X vừa có công văn …`). */
  documentAfter: 80,
  /** Before a name, to `chỉ đạo của`, `kết luận của` (the instruction is that person's). */
  documentOf: 40,
  /** Around a cue word, to tell it from a name (`Ban Chỉ đạo`, `Cần Giờ`) or an idiom. */
  cueBefore: 12,
  /** Words of an office's name after a title written alone, before its verb (`Bộ trưởng Y tế lưu ý`). */
  subjectTail: 3,
  cueAfter: 20,
  /** After a name, to the dash that closes a title set between dashes (`X - Cục trưởng … - đề nghị`). */
  apposition: 160,
  /** Blocks back from `Đây là yêu cầu của X` to the instruction it names (a photo caption between). */
  namedAfter: 2,
  /** Blocks from one item of an enumeration (`Thứ hai, …`) to the next that resumes it. */
  enumeration: 2,
} as const;
