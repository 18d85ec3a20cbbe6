import { readdirSync } from 'node:fs';
// One linter for the whole tree. It holds the house's structure (STYLE.md habit 2, docs/architecture.md):
// - a feature is reached only through its index.ts, and features do not import each other (src/app
//   composes them);
// - src/extract imports nothing outside itself (types of the article schema aside) and sees no browser
//   or Node globals: it is the same code in the CLI, the page and the Web Worker;
// - src/input, src/article, src/components and src/i18n import no feature and not the app;
// - components do not fetch: data comes through each feature's api/ and TanStack Query.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = readdirSync(new URL('./src/features', import.meta.url));

/** Globals of a browser or of Node that are not the language's own (console, window, process…). */
const HOST_GLOBALS = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])]
  .filter((name) => !(name in globals.es2024))
  .sort();

const deepIntoFeature = {
  regex: '^(?:@/|(?:\\.\\./)+)features/[^/]+/',
  message: 'Reach a feature through its index.ts (@/features/<name>), not a file inside it.',
};
const anyFeatureOrApp = {
  regex: '^(?:@/|(?:\\.\\./)+)(?:features|app)(?:/|$)',
  message: 'Shared code (article, input, components, i18n) imports no feature and not the app.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/articles', 'artifacts', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // No user-visible string literal in components: every word goes through i18next.
    files: ['src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'should-validate-template': true,
          // Attributes a reader sees or hears; the rest (className, data-*, href) are not prose.
          'jsx-attributes': {
            include: ['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label'],
          },
          // Typographic separators between translated parts are not words.
          words: { exclude: ['^[\\s·—–…:,.()/|-]*$', '^[A-Z]{1,3}$'] },
        },
      ],
    },
  },
  {
    files: ['src/extract/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.{1,2}/)',
              message: 'src/extract imports no package and nothing through @/: it stays pure.',
            },
            {
              regex: '^(?:\\.\\./)+article/',
              allowTypeImports: true,
              message: 'src/extract takes only types from the article schema (import type).',
            },
            {
              regex:
                '^(?:\\.\\./)+(?:app|features|components|i18n|cli|input|collection|testing|styles)(?:/|$)',
              message: 'src/extract imports nothing from the rest of src.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...HOST_GLOBALS.map((name) => ({
          name,
          message: 'src/extract runs in Node, the page and a Web Worker alike: no host globals.',
        })),
      ],
    },
  },
  {
    files: ['src/article/**', 'src/input/**', 'src/components/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [anyFeatureOrApp] }],
    },
  },
  {
    files: ['src/app/**', 'src/testing/**', 'src/cli/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [deepIntoFeature] }],
    },
  },
  {
    // Components render; fetching belongs to a feature's api/ (queryOptions) and the route loaders.
    files: ['src/**/components/**', 'src/app/routes/**/*.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
          name,
          message: "Components do not fetch: use a query from the feature's api/.",
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].map((object) => ({
          object,
          property: 'fetch',
          message: "Components do not fetch: use a query from the feature's api/.",
        })),
      ],
    },
  },
  {
    // The collection's core (index formats, people across articles, search, filters) is pure too:
    // the ingest in Node and the library in the browser run the same code.
    files: ['src/collection/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'node:*', 'fs', 'path'],
              message: 'src/collection stays pure.',
            },
            {
              group: ['**/app/**', '**/features/**', '**/components/**', '**/cli/**', '**/i18n/**'],
              message: 'src/collection imports only the article schema and the extractor.',
            },
          ],
        },
      ],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...FEATURES.filter((f) => f !== feature).map((other) => ({
              // @/features/<other>, ../../features/<other>, or a sibling's ../<other>.
              regex: `^(?:@/|(?:\\.\\./)+)(?:features/)?${other}(?:/|$)`,
              message: 'Features do not import each other; compose them in src/app.',
            })),
            {
              regex: '^(?:@/|(?:\\.\\./)+)app(?:/|$)',
              message: 'A feature does not import the app; the app composes features.',
            },
          ],
        },
      ],
    },
  })),
);
