// One folder per behaviour: source.txt in, expected.json out (npm run golden:update regenerates).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/extract';
import { goldenView } from './golden';

const root = 'tests/fixtures/articles';
const cases = readdirSync(root).sort();

describe('golden articles', () => {
  it('has cases to check', () => expect(cases.length).toBeGreaterThan(3));
  it.each(cases)('%s', (name) => {
    const source = readFileSync(join(root, name, 'source.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8'));
    expect(goldenView(extractArticle(source, { slug: name }))).toEqual(expected);
  });
});
