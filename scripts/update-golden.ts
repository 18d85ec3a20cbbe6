// npm run golden:update: rewrites the expected JSON of the golden articles (tests/fixtures/articles) and
// of the rules' cases (tests/fixtures/extract) from the extractor's output.
// Review the JSON diff before committing: it is the change in behaviour.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/extract/index';
import { goldenView } from '../tests/extract/golden';
import { ruleView } from '../tests/extract/rule-view';

const sets = [
  { root: 'tests/fixtures/articles', input: 'source.txt', view: goldenView },
  { root: 'tests/fixtures/extract', input: 'input.txt', view: ruleView },
];
for (const { root, input, view } of sets) {
  for (const name of readdirSync(root).sort()) {
    const source = readFileSync(join(root, name, input), 'utf8');
    const json = view(extractArticle(source, { slug: name }));
    writeFileSync(join(root, name, 'expected.json'), `${JSON.stringify(json, null, 2)}\n`);
    console.log(`updated ${root}/${name}`);
  }
}
