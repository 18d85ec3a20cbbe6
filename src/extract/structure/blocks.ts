// Lines of text -> blocks in reading order. A first pass; the extractor issue refines the rules.
import type { Block } from '../../article/schema';
import { tidyLine } from '../normalize';

/** Residue of a news CMS's image toolbar: the line after it is a photo caption. */
const CAPTION_MARKER = /^leftcenterrightdel$/i;
/** `Ảnh: NAME` at the end of a caption: the photo credit. */
const PHOTO_CREDIT = /(?:^|[\s.(])Ảnh\s*:\s*([^.()]{1,60}?)\s*\)?\s*$/u;

export function splitBlocks(text: string): Omit<Block, 'id'>[] {
  const lines = text.split('\n').map(tidyLine).filter((l) => l.length > 0);
  const blocks: Omit<Block, 'id'>[] = [];
  let captionNext = false;
  for (const line of lines) {
    if (CAPTION_MARKER.test(line)) {
      captionNext = true;
      continue;
    }
    if (captionNext) {
      captionNext = false;
      const m = PHOTO_CREDIT.exec(line);
      const labelAt = m ? line.lastIndexOf('Ảnh', line.length - m[1]!.length) : -1;
      const creditAt = m ? line.lastIndexOf(m[1]!) : -1;
      blocks.push({
        type: 'figure',
        text: line,
        caption: { start: 0, end: labelAt > 0 ? line.slice(0, labelAt).trimEnd().length : line.length },
        credit: m ? { start: creditAt, end: creditAt + m[1]!.length } : null,
      });
      continue;
    }
    blocks.push({ type: 'paragraph', text: line });
  }
  return blocks;
}
