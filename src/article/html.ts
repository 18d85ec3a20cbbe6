// A saved news page -> the article's text (one paragraph a line) and what the page says about it.
// Works on any DOM Document: the browser's DOMParser, or linkedom in the CLI.
import { Readability } from '@mozilla/readability';

export interface HtmlArticle {
  text: string;
  title: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) from the page's metadata, when it has one. */
  date: string | null;
  site: string | null;
}

/** Elements whose text is one paragraph of the article. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'LI',
  'PRE',
]);
/** Fewer characters than this is not an article (a menu, a cookie notice, an error page). */
const MIN_TEXT = 200;

interface NewsArticleLd {
  '@type'?: string | string[];
  headline?: string;
  datePublished?: string;
  author?: { name?: string } | { name?: string }[] | string;
  publisher?: { name?: string };
}

function jsonLd(doc: Document): NewsArticleLd | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const items = (Array.isArray(data) ? data : [data]) as NewsArticleLd[];
      const found = items.find((d) => {
        const type = d?.['@type'];
        return (Array.isArray(type) ? type : [type]).some((t) => /Article$/u.test(String(t)));
      });
      if (found) return found;
    } catch {
      // A broken JSON-LD block is ignored; Readability still reads the page.
    }
  }
  return null;
}

const isoDate = (value: string | null | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}/u.test(value) ? value.slice(0, 10) : null;

/** The paragraphs of an element, one per line, in reading order. */
function paragraphs(root: Element): string {
  const lines: string[] = [];
  const walk = (el: Element) => {
    if (
      BLOCKS.has(el.tagName.toUpperCase()) &&
      !Array.from(el.children).some((c) => BLOCKS.has(c.tagName.toUpperCase()))
    ) {
      const line = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
      if (line) lines.push(line);
      return;
    }
    for (const child of Array.from(el.children)) walk(child);
  };
  walk(root);
  if (lines.length === 0) lines.push((root.textContent ?? '').replace(/\s+/gu, ' ').trim());
  return lines.join('\n\n');
}

/** Reads the main article of a page, or null when the page holds no article. */
export function readHtmlArticle(doc: Document): HtmlArticle | null {
  const ld = jsonLd(doc);
  const meta = (name: string) =>
    doc
      .querySelector(`meta[property="${name}"], meta[name="${name}"]`)
      ?.getAttribute('content')
      ?.trim() || null;
  const parsed = new Readability(doc.cloneNode(true) as Document, {
    serializer: (node) => node as Element,
  }).parse();
  if (!parsed?.content) return null;
  const text = paragraphs(parsed.content);
  if (text.length < MIN_TEXT) return null;
  const author = Array.isArray(ld?.author)
    ? ld.author[0]?.name
    : typeof ld?.author === 'string'
      ? ld.author
      : ld?.author?.name;
  return {
    text,
    title: ld?.headline?.trim() || parsed.title?.trim() || null,
    byline: author?.trim() || parsed.byline?.trim() || null,
    date:
      isoDate(ld?.datePublished) ??
      isoDate(meta('article:published_time')) ??
      isoDate(parsed.publishedTime),
    site: ld?.publisher?.name?.trim() || parsed.siteName?.trim() || meta('og:site_name'),
  };
}
