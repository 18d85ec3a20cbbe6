// Blocks -> the article's outline: lead, headings, byline, sections and a title.
import type { Block, Section } from '../../article/schema';
import { slugify, uniqueId } from '../slug';
import { splitBlocks } from './blocks';

export interface Structure {
  blocks: Block[];
  sections: Section[];
  title: string;
  titleDerived: boolean;
  lead: string;
  byline: string | null;
}

const ENDS_SENTENCE = /[.!?…:;"”»)]$/u;
/** A name alone on a line: two to five capitalised syllables. */
const NAME_LINE = /^(?:\p{Lu}[\p{Ll}\p{M}]*)(?: \p{Lu}[\p{Ll}\p{M}]*){1,4}$/u;

function isHeading(text: string, prev: Omit<Block, 'id'> | undefined, hasNext: boolean): boolean {
  return (
    prev !== undefined &&
    hasNext &&
    text.length <= 120 &&
    text.split(' ').length >= 2 &&
    !ENDS_SENTENCE.test(text) &&
    !NAME_LINE.test(text)
  );
}

export function findStructure(text: string): Structure {
  const raw = splitBlocks(text);
  const last = raw[raw.length - 1];
  const hasByline = raw.length > 1 && last?.type === 'paragraph' && NAME_LINE.test(last.text);
  const typed = raw.map((b, i): Omit<Block, 'id'> => {
    if (hasByline && i === raw.length - 1) return { type: 'byline', text: b.text };
    if (b.type === 'paragraph' && i === 0) return { ...b, lead: true };
    if (b.type === 'paragraph' && isHeading(b.text, raw[i - 1], i < raw.length - 1)) {
      return { type: 'heading', text: b.text, level: 2 };
    }
    return b;
  });

  const ids = new Set<string>();
  const blocks = typed.map((b, i) => {
    const id = b.type === 'heading' ? uniqueId(slugify(b.text), ids) : uniqueId(`b${i}`, ids);
    return { ...b, id } as Block;
  });

  const sections: Section[] = [];
  blocks.forEach((b, i) => {
    if (b.type === 'heading') {
      const prev = sections[sections.length - 1];
      if (prev) prev.endBlock = i;
      sections.push({ id: b.id, heading: b.text, headingBlock: i, startBlock: i, endBlock: blocks.length });
    } else if (i === 0) {
      sections.push({ id: uniqueId('mo-dau', ids), heading: null, headingBlock: null, startBlock: 0, endBlock: blocks.length });
    }
  });

  const lead = blocks[0]?.type === 'paragraph' ? blocks[0].text : '';
  const firstHeading = blocks.find((b) => b.type === 'heading');
  const title = firstHeading?.text ?? (lead.split(/(?<=[.!?])\s/u)[0] ?? lead).slice(0, 120);
  return {
    blocks,
    sections,
    title: title || 'Bài viết',
    titleDerived: true,
    lead,
    byline: hasByline ? last.text : null,
  };
}
