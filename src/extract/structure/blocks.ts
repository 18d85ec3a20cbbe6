// Lines of text -> blocks in reading order: paragraphs, quotations and photo captions (figures).
import type { Block } from '../../article/schema';
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
  const creditAt = m.index + m[0].lastIndexOf(m[1]!);
  const captionEnd = line
    .slice(0, m.index + (m[0].startsWith('(') || /^[\s.]/u.test(m[0]) ? 1 : 0))
    .trimEnd().length;
  return {
    type: 'figure',
    text: line,
    caption: { start: 0, end: Math.max(0, captionEnd) },
    credit: { start: creditAt, end: creditAt + m[1]!.length },
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
    if (captionNext || (PHOTO_CREDIT.test(line) && line.length < 400)) blocks.push(figure(line));
    else if (QUOTED.test(line)) blocks.push({ type: 'quote', text: line });
    else blocks.push({ type: 'paragraph', text: line });
    captionNext = false;
  }
  return blocks;
}
