// The offline feature: the service worker's registration and update prompt, the offline notice, and
// keeping articles on the device.
export { ARTICLES_CACHE, isKept } from './api/articles-cache';
export { KeepArticle } from './components/keep-article';
export { OfflineNotice } from './components/offline-notice';
export { OfflineStorage } from './components/offline-storage';
export { UpdatePrompt } from './components/update-prompt';
export { isOnline, useOnline } from './hooks/use-online';
