// A calendar day written out in the interface's language: "5 tháng 11, 2022", "November 5, 2022"
// (what Intl.DateTimeFormat's long style writes in both). Written by hand because the first
// Intl.DateTimeFormat a page makes loads the locale's calendar data, about 20 ms on a desktop and
// four times that on a phone, in the middle of hydrating the reader's first screen.

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * An ISO day (`YYYY-MM-DD`, as the article's schema allows) in Vietnamese for a `vi*` language and
 * in English for any other; a string of another shape is returned as it is rather than misread.
 */
export function longDate(iso: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) return iso;
  const year = Number(m[1]);
  return language.toLowerCase().startsWith('vi')
    ? `${day} tháng ${month}, ${year}`
    : `${MONTHS_EN[month - 1]} ${day}, ${year}`;
}
