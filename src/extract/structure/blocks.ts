// Lines of text -> blocks in reading order: paragraphs, quotations, photo captions (figures) and
// lines that only credit the photographer.
import type { Block } from '../../article/schema';
import { AUTHOR_LABEL } from '../lexicon/names';
import { tidyLine } from '../normalize';

export type RawBlock = Block extends infer B ? (B extends Block ? Omit<B, 'id'> : never) : never;

/** Residue of a news CMS's image toolbar: the line after it is a photo caption. */
const CAPTION_MARKER = /^leftcenterrightdel$/iu;
/** `Ảnh: NAME` (or `(Ảnh: NAME)`) closing a line: the photo credit of a caption. */
const PHOTO_CREDIT =
  /(?:^|[\s.(])\(?(?:Ảnh|ẢNH|ảnh|Nguồn ảnh)\s*:\s*([^.():]{1,60}?)\s*\)?\.?\s*$/u;
/** A line wholly inside quotation marks is a quotation set apart. */
const QUOTED = /^["“][^"“”]*["”][.!?…]?$/u;

function figure(line: string): RawBlock {
  const m = PHOTO_CREDIT.exec(line);
  if (!m)
    return { type: 'figure', text: line, caption: { start: 0, end: line.length }, credit: null };
  const at = m.index + m[0].lastIndexOf(m[1]!);
  const names = { start: at, end: at + m[1]!.length };
  // `Ảnh: Việt Dũng` alone on its line credits the pictures; it captions none.
  if (m.index === 0) return { type: 'credit', text: line, credit: 'photo', names };
  const captionEnd = line
    .slice(0, m.index + (m[0].startsWith('(') || /^[\s.]/u.test(m[0]) ? 1 : 0))
    .trimEnd().length;
  return {
    type: 'figure',
    text: line,
    caption: { start: 0, end: Math.max(0, captionEnd) },
    credit: names,
  };
}

export function splitBlocks(text: string): RawBlock[] {
  const lines = text
    .split('\n')
    .map(tidyLine)
    .filter((l) => l.length > 0);
  const blocks: RawBlock[] = [];
  let captionNext = false;
  for (const line of lines) {
    if (CAPTION_MARKER.test(line)) {
      captionNext = true;
      continue;
    }
    // `Bài và ảnh: X` credits the writer (structure reads it), though it ends like a photo credit.
    const credit = PHOTO_CREDIT.test(line) && line.length < 400 && !AUTHOR_LABEL.test(line);
    if (captionNext || credit) blocks.push(figure(line));
    else if (QUOTED.test(line)) blocks.push({ type: 'quote', text: line });
    else blocks.push({ type: 'paragraph', text: line });
    captionNext = false;
  }
  return blocks;
}
