import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './config/csp.ts';
import { pwaPlugin } from './config/pwa.ts';
import { articlesFolder } from './scripts/vite/articles-folder';
import { prerenderPlugin } from './scripts/vite/prerender.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    articlesFolder(process.env.DOCBAO_ARTICLES),
    // Before the service worker is generated, so that the pre-rendered pages are precached.
    prerenderPlugin(process.env.DOCBAO_ARTICLES ?? 'public/articles'),
    pwaPlugin(),
    cspPlugin(),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: src },
      // Smaller first paint: React 19's own hook instead of the shim react-i18next imports, and
      // react-router's production build (its package points bundlers at the one with development
      // warnings, which the minifier cannot remove).
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: here('./config/use-sync-external-store.ts'),
      },
      ...(command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: here('./node_modules/react-router/dist/production/index.mjs'),
            },
          ]
        : []),
    ],
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  // Every browser that runs es2022 supports modulepreload, so Vite's polyfill for it is dead weight.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The libraries every page runs in one file: one request, and 3 KB less than in the five
        // files they were split into by which lazy pages shared them (each file is gzipped alone).
        advancedChunks: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|@tanstack[\\/](query-core|react-query))[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    // A test that takes 5 s on this 2-core machine shared with other work is slow, not broken: the
    // limit is 15 s, so a timeout still catches a hang without failing on load.
    testTimeout: 15_000,
    // The service worker's registration is a virtual module of the PWA plugin: a stub in tests.
    alias: {
      'virtual:pwa-register': fileURLToPath(
        new URL('./src/testing/pwa-register.ts', import.meta.url),
      ),
    },
    // Extractor, schema and CLI tests run in Node; component tests (.tsx) in jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
}));
