// One block of the article with the selected item's places marked. A block never reads the interface
// language itself, so a language switch does not re-render the article's text.
import { memo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { Block } from '@/article/schema';
import { HighlightedText, type Mark, type Ref } from '@/components/ui/highlighted-text';

type CreditKind = 'author' | 'photo' | 'textAndPhotos';
const CREDIT_KEYS = {
  author: 'reader.byline',
  photo: 'reader.photo',
  textAndPhotos: 'reader.textAndPhotos',
} as const;

/** "Photo: " (or "By ") before a credit; the only interface strings inside the text, so they alone
 * follow the language. */
function CreditLabel({ kind }: { kind: CreditKind }) {
  const { t } = useTranslation();
  return <>{t(CREDIT_KEYS[kind], { name: '' })}</>;
}

/** A writer's line labelled `Bài và ảnh:` credits the photos too. */
const PHOTOS_IN_LABEL = /ảnh/iu;

interface BlockProps {
  block: Block;
  index: number;
  marks: Mark[] | undefined;
  refs: Ref[] | undefined;
}

function BlockView({ block, index, marks, refs }: BlockProps) {
  const text = (from?: number, to?: number) => (
    <HighlightedText
      text={block.text}
      {...(from !== undefined ? { from } : {})}
      {...(to !== undefined ? { to } : {})}
      marks={marks ?? []}
      refs={refs ?? []}
      markAttributes={(m) => ({
        'data-block': String(index),
        'data-start': String(m.start),
        'data-entity': m.entity,
        'data-id': m.id,
        'aria-current': m.current ? 'true' : undefined,
      })}
    />
  );
  switch (block.type) {
    case 'heading':
      return (
        <h2 id={block.id} tabIndex={-1} data-block={index}>
          {text()}
        </h2>
      );
    case 'quote':
      return <blockquote data-block={index}>{text()}</blockquote>;
    case 'figure':
      return (
        <figure data-block={index}>
          <figcaption>
            {text(block.caption.start, block.caption.end)}
            {block.credit && (
              <span className="credit">
                {' '}
                <CreditLabel kind="photo" />
                {text(block.credit.start, block.credit.end)}
              </span>
            )}
          </figcaption>
        </figure>
      );
    case 'credit':
      // The line's own label (`Ảnh:`, `Bài và ảnh:`) gives way to the interface's; the names stay.
      return (
        <p className="credit-line" data-block={index}>
          <CreditLabel
            kind={
              block.credit === 'author' &&
              PHOTOS_IN_LABEL.test(block.text.slice(0, block.names.start))
                ? 'textAndPhotos'
                : block.credit
            }
          />
          {text(block.names.start, block.names.end)}
        </p>
      );
    case 'byline':
      return (
        <p className="byline-end" data-block={index}>
          {text()}
        </p>
      );
    default:
      return (
        <p className={block.lead ? 'lead' : undefined} data-block={index}>
          {text()}
        </p>
      );
  }
}

export const MemoBlock = memo(BlockView);

interface ChunkProps {
  blocks: Block[];
  /** Index of the first block of the chunk in the article. */
  from: number;
  to: number;
  marks: Map<number, Mark[]>;
  refs: Map<number, Ref[]>;
}

/**
 * Blocks [from, to): a long article re-renders a few hundred chunks, not every block, as it grows. A
 * chunk out of view is skipped by style and layout (`content-visibility`), so a change to the whole page
 * (the language of <html>, the theme) costs what the screen in view does.
 */
function BlockChunk({ blocks, from, to, marks, refs }: ChunkProps) {
  const out = [];
  for (let i = from; i < to; i++) {
    const block = blocks[i]!;
    out.push(
      <MemoBlock key={block.id} block={block} index={i} marks={marks.get(i)} refs={refs.get(i)} />,
    );
  }
  // `data-chunk` tells the contents (useActiveSection) to measure this box, not the headings in it.
  return (
    <div className="chunk" data-chunk="">
      {out}
    </div>
  );
}

/**
 * A chunk re-renders only when the marks or references of one of its own blocks change: a step through
 * a person's mentions then re-renders one or two chunks, not the thousands of a huge article, and the
 * references built when idle (useArticleRefs) leave the first screen's chunk as it is.
 */
function sameChunk(a: ChunkProps, b: ChunkProps): boolean {
  if (a.blocks !== b.blocks || a.from !== b.from || a.to !== b.to) return false;
  if (a.marks === b.marks && a.refs === b.refs) return true;
  for (let i = a.from; i < a.to; i++)
    if (a.marks.get(i) !== b.marks.get(i) || a.refs.get(i) !== b.refs.get(i)) return false;
  return true;
}

export const MemoChunk = memo(BlockChunk, sameChunk);
