// One golden case per extraction rule (docs/extraction-rules.md): tests/fixtures/extract/<rule>/ holds
// input.txt, written for the rule, and expected.json, the people, directives and awards it must give.
// npm run golden:update regenerates expected.json; review the diff, it is the change in behaviour.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleJson } from '@/article/validate';
import { extractArticle } from '@/extract';
import { ruleView } from './rule-view';

const root = 'tests/fixtures/extract';
const cases = readdirSync(root).sort();

describe('extraction rules, one golden case each', () => {
  it('has a case for every rule', () => expect(cases.length).toBeGreaterThanOrEqual(59));
  it.each(cases)('%s', (name) => {
    const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8'));
    const article = extractArticle(input, { slug: name });
    expect(ruleView(article)).toEqual(expected);
    // Every range the article JSON gives lies inside its block: the reader can open it.
    expect(parseArticleJson(JSON.stringify(article))).toMatchObject({ ok: true });
  });
});
