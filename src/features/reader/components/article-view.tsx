// The article for reading: title, meta, and every block in order, with the selected item's places marked.
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, Block } from '@/article/schema';
import { readingMinutes } from '@/article/selection';
import { HighlightedText, type Mark, type Ref } from '@/components/ui/highlighted-text';
import '../reader.css';

export interface ArticleViewProps {
  article: Article;
  /** Marks per block index. */
  marks: Map<number, Mark[]>;
  /** References per block index (names, titles). */
  refs: Map<number, Ref[]>;
}

function BlockView({
  block,
  index,
  marks,
  refs,
}: {
  block: Block;
  index: number;
  marks?: Mark[];
  refs?: Ref[];
}) {
  const { t } = useTranslation();
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
                {t('reader.photo', { name: '' })}
                {text(block.credit.start, block.credit.end)}
              </span>
            )}
          </figcaption>
        </figure>
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

const MemoBlock = memo(BlockView);

export function ArticleView({ article, marks, refs }: ArticleViewProps) {
  const { t, i18n } = useTranslation();
  const date = article.date
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${article.date}T00:00:00Z`),
      )
    : null;
  const meta: ReactNode[] = [];
  if (date)
    meta.push(
      <time key="date" dateTime={article.date!}>
        {date}
      </time>,
    );
  if (article.byline)
    meta.push(<span key="by">{t('reader.byline', { name: article.byline })}</span>);
  meta.push(<span key="time">{t('reader.readingTime', { count: readingMinutes(article) })}</span>);
  return (
    <article className="article" lang={article.lang}>
      <div
        className="article-header"
        id={article.sections.find((s) => s.headingBlock === null)?.id}
      >
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
      {article.blocks.map((block, i) => (
        <MemoBlock key={block.id} block={block} index={i} marks={marks.get(i)} refs={refs.get(i)} />
      ))}
    </article>
  );
}
