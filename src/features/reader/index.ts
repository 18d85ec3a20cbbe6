// The reader feature: the article view, its data, and the reading aids around it (selection in the
// URL, clickable references, progress, shortcuts and their help, the printed appendix).
import { lazy } from 'react';

export { ArticleView } from './components/article-view';
export { articleQuery } from './api/article-query';
export { ReadingProgress } from './components/reading-progress';
export { useReaderSelection } from './hooks/use-reader-selection';
export { useShortcuts } from './hooks/use-shortcuts';
export { buildRefs } from './reader-refs';
export { isNarrow, scrollToElement } from './scroll';

// Loaded when first needed, in chunks of their own: neither is part of the article's first paint.
export const HelpDialog = lazy(() =>
  import('./components/help-dialog').then((m) => ({ default: m.HelpDialog })),
);
export const PrintAppendix = lazy(() =>
  import('./components/print-appendix').then((m) => ({ default: m.PrintAppendix })),
);
