// One linter for the whole tree. Boundaries (STYLE.md habit 2): the extractor imports nothing from the
// rest of src; features do not import each other; only app/ composes them.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['reader', 'toc', 'entities', 'language', 'library', 'import', 'settings'];

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'node:*', 'fs', 'path'],
              message: 'src/extract stays pure.',
            },
            {
              group: [
                '**/app/**',
                '**/features/**',
                '**/components/**',
                '**/i18n/**',
                '**/cli/**',
                '**/testing/**',
              ],
              message: 'src/extract imports nothing from the rest of src but the article schema.',
            },
          ],
        },
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
          patterns: FEATURES.filter((f) => f !== feature).map((other) => ({
            group: [`@/features/${other}`, `@/features/${other}/**`, `**/features/${other}/**`],
            message: 'Features do not import each other; compose them in src/app.',
          })),
        },
      ],
    },
  })),
);
