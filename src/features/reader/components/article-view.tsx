// The article for reading: title, meta, and its blocks in order, with the selected item's places marked.
// A long article is rendered in chunks as it grows (see useGrowingCount); only the header follows the
// interface language.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { Article } from '@/article/schema';
import type { Mark, Ref } from '@/components/ui/highlighted-text';
import { longDate } from '@/i18n/long-date';
import { useReadingMinutes } from '../hooks/use-reading-minutes';
import { MemoChunk } from './block-view';
import '../reader.css';

/** Blocks per chunk at most: small enough to render within a frame, few enough to re-render cheaply. */
export const CHUNK = 100;
/** Characters per chunk at most, so that a chunk of long paragraphs lays out within a frame too. */
const CHUNK_CHARS = 20_000;

/** Where each chunk starts: every CHUNK blocks, or sooner when their text passes CHUNK_CHARS. */
function chunkStarts(blocks: Article['blocks']): number[] {
  const starts: number[] = [];
  let chars = Infinity;
  let count = 0;
  blocks.forEach((block, i) => {
    if (count >= CHUNK || chars >= CHUNK_CHARS) {
      starts.push(i);
      chars = count = 0;
    }
    chars += block.text.length;
    count++;
  });
  return starts;
}

export interface ArticleViewProps {
  article: Article;
  /** Marks per block index. */
  marks: Map<number, Mark[]>;
  /** References per block index (names, titles). */
  refs: Map<number, Ref[]>;
  /** How many blocks to render (all by default). */
  shown?: number;
}

function ArticleHeader({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const minutes = useReadingMinutes(article);
  const date = article.date ? longDate(article.date, i18n.language) : null;
  const meta: ReactNode[] = [];
  if (date)
    meta.push(
      <time key="date" dateTime={article.date!}>
        {date}
      </time>,
    );
  if (article.byline)
    meta.push(<span key="by">{t('reader.byline', { name: article.byline })}</span>);
  if (minutes !== null)
    meta.push(<span key="time">{t('reader.readingTime', { count: minutes })}</span>);
  return (
    <div className="article-header" id={article.sections.find((s) => s.headingBlock === null)?.id}>
      <h1 id="article-title" tabIndex={-1}>
        {article.title}
      </h1>
      {article.titleDerived && (
        <p className="derived" lang={i18n.language}>
          {t('reader.titleDerived')}
        </p>
      )}
      <p className="meta" lang={i18n.language}>
        {meta.map((m, i) => (
          <span key={i}>
            {i > 0 && ' · '}
            {m}
          </span>
        ))}
      </p>
    </div>
  );
}

export function ArticleView({ article, marks, refs, shown }: ArticleViewProps) {
  const end = Math.min(shown ?? article.blocks.length, article.blocks.length);
  const starts = useMemo(() => chunkStarts(article.blocks), [article.blocks]);
  const chunks = [];
  for (let k = 0; k < starts.length && starts[k]! < end; k++) {
    const from = starts[k]!;
    chunks.push(
      <MemoChunk
        key={from}
        blocks={article.blocks}
        from={from}
        to={Math.min(end, starts[k + 1] ?? end)}
        marks={marks}
        refs={refs}
      />,
    );
  }
  return (
    <article className="article" lang={article.lang}>
      <ArticleHeader article={article} />
      {chunks}
    </article>
  );
}
