import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossTerm } from '@/i18n/glossary';

/** Rows of a sample file: a term and its expected English (`-`: it stays Vietnamese). */
function rows(file: string): [string, string][] {
  return readFileSync(new URL(`./glossary/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t') as [string, string]);
}

/** The terms rendered right, rendered wrong and left Vietnamese (where English was expected). */
function tally(sample: [string, string][]) {
  const wrong: string[] = [];
  const unrendered: string[] = [];
  for (const [vi, expected] of sample) {
    const en = glossTerm(vi);
    if (en === null) {
      if (expected !== '-') unrendered.push(vi);
    } else if (en !== expected) wrong.push(`${vi} -> ${en}`);
  }
  return { right: sample.length - wrong.length - unrendered.length, wrong, unrendered };
}

describe('the glossary on samples across the state structure', () => {
  it('renders every term of our sample as expected, and leaves Vietnamese what it should', () => {
    const sample = rows('sample.tsv');
    expect(sample.length).toBeGreaterThanOrEqual(300);
    const { wrong, unrendered } = tally(sample);
    expect({ wrong, unrendered }).toEqual({ wrong: [], unrendered: [] });
  });

  // A ratchet, as the gold floors are: raise these with each improvement, never lower them. The file
  // holds batches written before the composer saw them; each batch's first figures, before the rules
  // that followed it: the first 121 terms 93% right, 2% wrong, 5% left Vietnamese; the next 100 89%,
  // 2%, 9%; the next 85 93%, 1%, 6%.
  it('renders at least 99% of the unseen batches right and at most 1% wrong', () => {
    const sample = rows('unseen.tsv');
    expect(sample.length).toBeGreaterThanOrEqual(300);
    const { right, wrong } = tally(sample);
    expect(right / sample.length).toBeGreaterThanOrEqual(0.99);
    expect(wrong.length / sample.length).toBeLessThanOrEqual(0.01);
  });

  // The last batch, written once every rule above was in and scored as it stood: 96% right, 2% wrong,
  // 1% left Vietnamese (a hospital whose English name is not its Vietnamese one, Việt Đức University
  // Hospital, is one of the wrong).
  it('renders at least 97% of the last unseen batch right and at most 2% wrong', () => {
    const sample = rows('unseen-last.tsv');
    expect(sample.length).toBeGreaterThanOrEqual(60);
    const { right, wrong } = tally(sample);
    expect(right / sample.length).toBeGreaterThanOrEqual(0.97);
    expect(wrong.length / sample.length).toBeLessThanOrEqual(0.02);
  });
});
