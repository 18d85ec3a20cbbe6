export { ImportPage } from './components/import-page';
export { LocalLibrary } from './components/local-library';
export { localArticleQuery, localListQuery } from './api/local-queries';
