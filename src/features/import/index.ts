export { ImportPage } from './components/import-page';
export { LocalLibrary } from './components/local-library';
export { localArticleQuery, localListQuery } from './api/local-queries';
export { UnsavedNotice, unsavedReason } from './components/unsaved-notice';
export { StorageUnavailableError } from './api/local-store';
