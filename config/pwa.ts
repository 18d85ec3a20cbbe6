// The service worker and the web app manifest (vite-plugin-pwa, Workbox). The app shell is precached;
// article files and the library's index (anything under /articles/) are cached as they are fetched, in
// one cache the app also fills itself ("Keep for offline") and empties ("Free"): src/features/offline.
import { VitePWA } from 'vite-plugin-pwa';
// The cache's name is shared with the app, which reads and writes the same cache.
import { ARTICLES_CACHE } from '../src/features/offline/api/articles-cache.ts';

export const pwaPlugin = () =>
  VitePWA({
    // A new version waits until the reader agrees to reload (the update prompt).
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'docbao — đọc báo',
      short_name: 'docbao',
      description:
        'Đọc tin chính thống tiếng Việt, với người, chỉ đạo và khen thưởng được trích ra từ bài.',
      lang: 'vi',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#8b1d1d',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: '/icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      // The shell: scripts, styles, pages, icons. Articles are not precached: a collection may hold
      // thousands; they are cached when read or kept.
      globPatterns: ['**/*.{js,css,html,svg,png,ico,txt,webmanifest}'],
      globIgnores: ['articles/**'],
      // The pre-rendered pages (the library at /, each article at /a/<slug>, from a/<slug>.html) are
      // precached and served for their own URLs (Workbox maps / and clean URLs to the files); every
      // other route gets the shell, which renders it in the browser.
      navigateFallback: '/shell.html',
      navigateFallbackDenylist: [/^\/articles\//],
      // The first visit's page is controlled at once, so the article it opens is cached too.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/articles/'),
          // The network when it answers (a re-ingested article is seen), the kept copy when it does not.
          handler: 'NetworkFirst',
          options: {
            cacheName: ARTICLES_CACHE,
            networkTimeoutSeconds: 4,
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  });
