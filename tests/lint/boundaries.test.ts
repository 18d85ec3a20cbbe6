// The structure lint holds (eslint.config.js): each rule fires on the shape it forbids, and lets the
// allowed shape through, so a change to the config that loosens a boundary fails here.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
/** The rules that fire on `source` as if it lived at `filePath`. */
async function rulesAt(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}
const IMPORTS = 'no-restricted-imports';

describe('features', () => {
  it.each([
    ['src/app/routes/x.tsx', "import { A } from '@/features/reader/components/article-view';"],
    ['src/app/routes/x.tsx', "import { A } from '../../features/reader/hooks/use-shortcuts';"],
    ['src/features/toc/x.ts', "import { articleQuery } from '@/features/reader';"],
    ['src/features/toc/x.ts', "import { A } from '../reader/components/article-view';"],
    ['src/features/toc/x.ts', "import { routes } from '@/app/router';"],
    ['src/components/ui/x.tsx', "import { Toc } from '@/features/toc';"],
    ['src/input/x.ts', "import { routes } from '../app/router';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await rulesAt(file, source)).toContain(IMPORTS);
  });

  it.each([
    ['src/app/routes/x.tsx', "import { ArticleView } from '@/features/reader';"],
    ['src/features/toc/x.ts', "import { A } from './components/toc';"],
    ['src/features/toc/x.ts', "import { Icon } from '@/components/ui/icon';"],
  ])('%s may: %s', async (file, source) => {
    expect(await rulesAt(file, source)).not.toContain(IMPORTS);
  });
});

describe('the extractor', () => {
  const at = (source: string) => rulesAt('src/extract/people/x.ts', source);
  const TS_IMPORTS = '@typescript-eslint/no-restricted-imports';

  it.each([
    "import { useState } from 'react';",
    "import { readFileSync } from 'node:fs';",
    "import { z } from 'zod';",
    "import { slugify } from '@/extract';",
    "import { SCHEMA_VERSION } from '../../article/schema';",
    "import { gloss } from '../../i18n/glossary';",
    "import { readArticle } from '../../input/index';",
  ])('may not: %s', async (source) => {
    expect(await at(source)).toContain(TS_IMPORTS);
  });

  it.each([
    "import type { Block } from '../../article/schema';",
    "import { tokens } from '../tokens';",
    "import { NAMES } from './names';",
  ])('may: %s', async (source) => {
    expect(await at(source)).not.toContain(TS_IMPORTS);
  });

  it.each(['window.scrollY', 'document.title', 'process.env.X', 'console.log(1)', 'fetch("/")'])(
    'sees no host global: %s',
    async (expression) => {
      expect(await at(`export const x = () => ${expression};`)).toContain('no-restricted-globals');
    },
  );

  it('sees the language’s own globals', async () => {
    expect(
      await at('export const x = () => new Map(JSON.parse("[]")).size + Math.max(1, 2);'),
    ).toEqual([]);
  });
});

describe('components', () => {
  it.each(['fetch("/articles/index.json")', 'window.fetch("/a")', 'new XMLHttpRequest()'])(
    'do not fetch: %s',
    async (expression) => {
      const rules = await rulesAt(
        'src/features/library/components/x.tsx',
        `export function X() { void ${expression}; return null; }`,
      );
      expect(rules.some((r) => /no-restricted-(globals|properties)/u.test(r))).toBe(true);
    },
  );
});
