// The reader feature: the article view, its data, and the reading aids around it (selection in the
// URL, clickable references, progress, shortcuts and their help, the printed appendix).
import { lazy } from 'react';

export { ArticleView, CHUNK } from './components/article-view';
export { articleQuery, articleUrl } from './api/article-query';
export { ReadingProgress } from './components/reading-progress';
export { useReaderSelection } from './hooks/use-reader-selection';
export { useArticleRefs } from './hooks/use-article-refs';
export { usePrinting } from './hooks/use-printing';
export { useShortcuts } from './hooks/use-shortcuts';
export { GlossStore } from './gloss-store';
export { buildRefs, GlossContext } from './reader-refs';
export { isNarrow, scrollToElement } from './scroll';

// Loaded when first needed, in chunks of their own: neither is part of the article's first paint.
export const HelpDialog = lazy(() =>
  import('./components/help-dialog').then((m) => ({ default: m.HelpDialog })),
);
// The print appendix is downloaded when the browser is idle after the first screen and rendered only
// while printing (usePrinting), synchronously at `beforeprint`: so it is held here once loaded.
type PrintAppendixType = typeof import('./components/print-appendix').PrintAppendix;
let printAppendix: PrintAppendixType | null = null;
export const loadPrintAppendix = () =>
  import('./components/print-appendix').then((m) => (printAppendix = m.PrintAppendix));
/** The appendix's component once loaded (null before: the page prints without it). */
export const loadedPrintAppendix = () => printAppendix;
