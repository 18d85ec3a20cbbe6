// The offline feature: the service worker's registration and update prompt, the offline notice, and
// keeping articles on the device.
import { lazy } from 'react';

export { OfflineNotice } from './components/offline-notice';
export { UpdatePrompt } from './components/update-prompt';
export { isOnline } from './hooks/use-online';

// Not needed for the first paint: each loads in a chunk of its own.
export const KeepArticle = lazy(() =>
  import('./components/keep-article').then((m) => ({ default: m.KeepArticle })),
);
export const OfflineStorage = lazy(() =>
  import('./components/offline-storage').then((m) => ({ default: m.OfflineStorage })),
);
