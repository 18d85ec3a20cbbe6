// npm run golden:update: rewrites tests/fixtures/articles/*/expected.json from the extractor's output.
// Review the JSON diff before committing: it is the change in behaviour.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/extract/index';
import { goldenView } from '../tests/extract/golden';

const root = 'tests/fixtures/articles';
for (const name of readdirSync(root).sort()) {
  const source = readFileSync(join(root, name, 'source.txt'), 'utf8');
  const view = goldenView(extractArticle(source, { slug: name }));
  writeFileSync(join(root, name, 'expected.json'), `${JSON.stringify(view, null, 2)}\n`);
  console.log(`updated ${name}`);
}
