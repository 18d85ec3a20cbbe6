// Blocks -> the article's outline: title, lead, headings, byline, sections and date.
import type { Block, Section } from '../../article/schema';
import { AGENCIES, AUTHOR_LABEL } from '../lexicon/names';
import { splitSentences } from '../sentences';
import { slugify, uniqueId } from '../slug';
import { findDate } from './date';
import { splitBlocks, type RawBlock } from './blocks';

export interface Structure {
  blocks: Block[];
  sections: Section[];
  title: string;
  titleDerived: boolean;
  lead: string;
  byline: string | null;
  date: string | null;
}

/** A line that ends a sentence; headings and titles do not. */
const ENDS_SENTENCE = /[.!?…:;,"”»)]$/u;
/** A name alone on a line: two to five capitalised syllables (or initials such as `T.H`). */
const NAME_LINE =
  /^(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}(?:\.\p{Lu})+\.?)(?: \p{Lu}[\p{Ll}\p{M}]*){0,4}$/u;
const MAX_HEADING = 150;

const isShortLine = (b: RawBlock | undefined) =>
  !!b &&
  b.type === 'paragraph' &&
  b.text.length <= MAX_HEADING &&
  !ENDS_SENTENCE.test(b.text) &&
  b.text.includes(' ');

/** `Lệ Thu (tổng hợp)`, `A - B (TTXVN)`: the names without the note in brackets after them. */
export const bylineNames = (line: string) =>
  line
    .replace(/\s*\([^()]{1,30}\)\s*$/u, '')
    .split(/\s+[-–]\s+/u)
    .map((n) => n.trim())
    .filter(Boolean);

const isSource = (text: string) => AGENCIES.has(text) || /^Theo [\p{Lu}]/u.test(text);
const isNamesLine = (text: string) =>
  text.length <= 80 && bylineNames(text).every((n) => NAME_LINE.test(n));

function bylineOf(b: RawBlock | undefined): string | null {
  if (!b || b.type !== 'paragraph') return null;
  const labelled = AUTHOR_LABEL.exec(b.text);
  if (labelled) return b.text.slice(labelled[0].length).trim() || null;
  if (isNamesLine(b.text) || isSource(b.text)) return b.text;
  return null;
}

const isPhotoCredit = (b: RawBlock | undefined) => b?.type === 'credit' && b.credit === 'photo';
/** A line short enough to caption a photo. */
const isCaptionLine = (b: RawBlock) => b.type === 'paragraph' && b.text.length <= MAX_HEADING;

/** `Bài: Minh Anh`, `Tin và ảnh: A - B` on a line of its own: the writers, credited. */
function authorCredit(b: RawBlock): RawBlock | null {
  if (b.type !== 'paragraph') return null;
  const label = AUTHOR_LABEL.exec(b.text);
  if (!label) return null;
  const names = b.text.slice(label[0].length).trim();
  if (!names || !isNamesLine(names)) return null;
  const start = b.text.indexOf(names, label[0].length);
  return {
    type: 'credit',
    text: b.text,
    credit: 'author',
    names: { start, end: start + names.length },
  };
}

/** A faithful short title from the lead: its first sentence, without the opening time phrase. */
function deriveTitle(lead: string): string {
  const first = splitSentences(lead)[0];
  let sentence = first ? lead.slice(first.start, first.end) : lead;
  sentence = sentence.replace(
    /^(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Chiều tối|Sáng sớm|Hôm nay|Hôm qua)\b[^,]{0,40},\s*)/iu,
    '',
  );
  sentence = sentence.replace(/[.!?…]+$/u, '');
  if (sentence.length > 110) {
    const cut = sentence.slice(0, 110);
    const at = Math.max(cut.lastIndexOf(','), cut.lastIndexOf(' và '));
    sentence = at > 40 ? cut.slice(0, at) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
  }
  return sentence.charAt(0).toLocaleUpperCase('vi') + sentence.slice(1);
}

export function findStructure(text: string): Structure {
  // `Bài: Minh Anh` on a line of its own above the end credits the writer (the last line is the
  // byline); `Quang cảnh buổi lễ` above `Ảnh: Minh Anh` is the caption of the photo credited.
  let raw = splitBlocks(text).map((b, i, all): RawBlock => {
    const author = i < all.length - 1 ? authorCredit(b) : null;
    if (author) return author;
    if (isCaptionLine(b) && isPhotoCredit(all[i + 1]))
      return {
        type: 'figure',
        text: b.text,
        caption: { start: 0, end: b.text.length },
        credit: null,
      };
    return b;
  });
  // A title line: a short line without final punctuation above the first paragraph.
  let title: string | null = null;
  if (raw.length > 2 && isShortLine(raw[0])) {
    title = raw[0]!.text;
    raw = raw.slice(1);
  }
  const lastIndex = raw.length - 1;
  let byline = raw.length > 1 ? bylineOf(raw[lastIndex]) : null;
  // `Tuyết Mai` above `TTXVN` or `Theo SCMP`: the author's line, then the source's; both close the text.
  const above = raw[lastIndex - 1];
  const authorAbove =
    byline !== null &&
    isSource(byline) &&
    raw.length > 2 &&
    above?.type === 'paragraph' &&
    isNamesLine(above.text);
  if (authorAbove) byline = above.text;
  const leadIndex = raw.findIndex((b) => b.type === 'paragraph');
  const typed = raw.map((b, i): RawBlock => {
    if (byline !== null && (i === lastIndex || (authorAbove && i === lastIndex - 1)))
      return { type: 'byline', text: b.text };
    if (i === leadIndex && b.type === 'paragraph') return { ...b, lead: true };
    const next = raw[i + 1];
    if (
      i > leadIndex &&
      isShortLine(b) &&
      next &&
      next.type !== 'byline' &&
      !NAME_LINE.test(b.text)
    ) {
      return { type: 'heading', text: b.text, level: 2 };
    }
    return b;
  });

  const ids = new Set<string>();
  const blocks = typed.map((b, i) => ({
    ...b,
    id: b.type === 'heading' ? uniqueId(slugify(b.text), ids) : uniqueId(`b${i}`, ids),
  })) as Block[];

  const sections: Section[] = [];
  blocks.forEach((b, i) => {
    const open = sections[sections.length - 1];
    if (b.type === 'heading') {
      if (open) open.endBlock = i;
      sections.push({
        id: b.id,
        heading: b.text,
        headingBlock: i,
        startBlock: i,
        endBlock: blocks.length,
      });
    } else if (!open) {
      sections.push({
        id: uniqueId('mo-dau', ids),
        heading: null,
        headingBlock: null,
        startBlock: i,
        endBlock: blocks.length,
      });
    }
  });

  const lead = leadIndex >= 0 ? raw[leadIndex]!.text : '';
  // No byline closes the text: the writer credited above it (`Bài: Minh Anh`) is the byline.
  const credited = blocks.find((b) => b.type === 'credit' && b.credit === 'author');
  if (byline === null && credited?.type === 'credit')
    byline = credited.text.slice(credited.names.start, credited.names.end);
  const derived = title === null;
  return {
    blocks,
    sections,
    title: title ?? (deriveTitle(lead) || blocks[0]?.text.slice(0, 80) || 'Bài viết'),
    titleDerived: derived,
    lead,
    byline,
    date: findDate(text),
  };
}

/** The text a block is read as: a figure's caption without its credit, nothing of a credit line, any
 * other block whole. */
export function readingText(block: Block): string {
  if (block.type === 'credit') return '';
  return block.type === 'figure' ? block.text.slice(0, block.caption.end) : block.text;
}
