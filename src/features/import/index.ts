// The import feature: reading a reader's own article (pasted, or a .txt, .html or .json file) into
// this browser's local library, and that library's list, notices and storage errors.
export { ImportPage } from './components/import-page';
export { LocalLibrary } from './components/local-library';
export { localArticleQuery, localListQuery } from './api/local-queries';
export { UnsavedNotice, unsavedReason } from './components/unsaved-notice';
export { StorageUnavailableError } from './api/local-store';
