// The import feature: reading a reader's own article (pasted, or a .txt, .html or .json file) into
// this browser's local library, and that library's list, notices and storage errors.
import { lazy } from 'react';

export { LocalLibrary } from './components/local-library';
export { localArticleQuery, localListQuery } from './api/local-queries';
export { UnsavedNotice, unsavedReason } from './components/unsaved-notice';
export { StorageUnavailableError } from './api/local-store';

// The import page runs the extractor (about 27 KB gzip): in a chunk of its own, so that the library,
// which lists the local articles from this feature, does not load and run it.
export const ImportPage = lazy(() =>
  import('./components/import-page').then((m) => ({ default: m.ImportPage })),
);
