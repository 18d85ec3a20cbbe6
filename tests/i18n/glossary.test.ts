import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossTerm } from '@/i18n/glossary';
import { PROVINCES, CITIES } from '@/i18n/glossary/provinces';
import { BUSINESSES, BUSINESSES_STAY_VIETNAMESE } from './glossary/businesses';
import { FORCES_AND_UNIONS } from './glossary/forces-and-unions';
import { GOVERNMENT } from './glossary/government';
import { HONOURS, STAYS_VIETNAMESE } from './glossary/honours';
import { INSTITUTIONS } from './glossary/institutions';
import { PARTY_AND_STATE } from './glossary/party-and-state';
import { VILLAGES_AND_COMMANDS, VILLAGES_STAY_VIETNAMESE } from './glossary/villages-and-commands';

describe('glossTerm composes titles and honours from their parts', () => {
  it.each(PARTY_AND_STATE)('Party and State: %s', (vi, en) => expect(glossTerm(vi)).toBe(en));
  it.each(GOVERNMENT)('government: %s', (vi, en) => expect(glossTerm(vi)).toBe(en));
  it.each(FORCES_AND_UNIONS)('forces, unions, chains: %s', (vi, en) =>
    expect(glossTerm(vi)).toBe(en),
  );
  it.each(HONOURS)('honours: %s', (vi, en) => expect(glossTerm(vi)).toBe(en));
  for (const [rule, cases] of Object.entries({
    ...INSTITUTIONS,
    ...BUSINESSES,
    ...VILLAGES_AND_COMMANDS,
  }))
    it.each(cases)(`${rule}: %s`, (vi, en) => expect(glossTerm(vi)).toBe(en));
  it('covers at least 200 terms', () =>
    expect(
      PARTY_AND_STATE.length + GOVERNMENT.length + FORCES_AND_UNIONS.length + HONOURS.length,
    ).toBeGreaterThanOrEqual(200));
});

describe('a term it cannot render whole stays Vietnamese', () => {
  it.each([...STAYS_VIETNAMESE, ...BUSINESSES_STAY_VIETNAMESE, ...VILLAGES_STAY_VIETNAMESE])(
    '%j is not rendered',
    (vi) => expect(glossTerm(vi)).toBeNull(),
  );

  it('never mixes English with untranslated Vietnamese words', () => {
    for (const [vi, en] of [...PARTY_AND_STATE, ...GOVERNMENT, ...HONOURS]) {
      // Vietnamese common words that would betray a partial rendering.
      expect(`${vi} -> ${en}`).not.toMatch(/-> .*\b(?:của|và|tỉnh|huyện|xã|Ban|Bộ|Sở|Hội)\b/u);
    }
  });
});

describe('places', () => {
  it('knows the 63 provinces and centrally-run cities', () => {
    const names = new Set([...Object.values(PROVINCES), ...Object.values(CITIES)]);
    expect(names.size).toBe(63);
  });

  it.each([
    ['tỉnh Thừa Thiên Huế', 'Thừa Thiên Huế Province'],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu Province'],
    ['TPHCM', 'Ho Chi Minh City'],
    ['TP. Hồ Chí Minh', 'Ho Chi Minh City'],
    ['Hà Nội', 'Hanoi'],
  ])('%s -> %s', (vi, en) => expect(glossTerm(vi)).toBe(en));
});

const gold = '../shared/gold/dev';
describe.skipIf(!existsSync(gold))('coverage of the gold roles and awards', () => {
  // The body runs even when skipped, so it reads nothing that is not there.
  const docs = (existsSync(gold) ? readdirSync(gold) : [])
    .filter((f) => f.endsWith('.json'))
    .map(
      (f) =>
        JSON.parse(readFileSync(join(gold, f), 'utf8')) as {
          people: { roles: string[] }[];
          awards: { name: string }[];
        },
    );
  const share = (terms: string[]) =>
    terms.filter((t) => glossTerm(t) !== null).length / terms.length;

  // A ratchet: the floors are what main reaches, rounded down; raise them, never lower them.
  it('renders at least 90% of the roles in ../shared/gold/dev', () => {
    const roles = docs.flatMap((d) => d.people.flatMap((p) => p.roles));
    expect(roles.length).toBeGreaterThan(5);
    expect(share(roles)).toBeGreaterThanOrEqual(0.9);
  });

  it('renders at least 95% of the award names in ../shared/gold/dev', () => {
    const names = docs.flatMap((d) => d.awards.map((a) => a.name));
    expect(names.length).toBeGreaterThan(5);
    expect(share(names)).toBeGreaterThanOrEqual(0.95);
  });
});
