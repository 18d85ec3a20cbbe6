// The day under an article's title and on a library card, written without Intl (src/i18n/long-date.ts):
// it must read as Intl's long style does in each language, in every month.
import { describe, expect, it } from 'vitest';
import { longDate } from '../../src/i18n/long-date';

const intl = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

describe('an article date written out', () => {
  it('reads as Intl writes it in Vietnamese and in English, every month of the year', () => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2023-${String(month).padStart(2, '0')}-0${(month % 9) + 1}`;
      for (const language of ['vi', 'vi-VN', 'en', 'en-US'])
        expect(longDate(iso, language)).toBe(intl(iso, language));
    }
  });

  it('does not shift the day whatever the time zone (it never makes a Date)', () => {
    expect(longDate('2024-02-29', 'vi')).toBe('29 tháng 2, 2024');
    expect(longDate('2024-12-31', 'en')).toBe('December 31, 2024');
  });

  it('gives back a value of another shape as it is rather than a wrong day', () => {
    expect(longDate('2024-13-01', 'en')).toBe('2024-13-01');
    expect(longDate('mùa xuân 2024', 'vi')).toBe('mùa xuân 2024');
  });
});
