// Text as the JSON stores it: NFC, one kind of line break, no stray control characters.
// Every later stage (and every character range) refers to the string this returns.

/** Control characters other than tab and newline; kept out so ranges and rendering agree. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g;

/** Any character the replacements below change: most texts hold none, and are read once, not four times. */
// eslint-disable-next-line no-control-regex
const TO_REPLACE = /[\r\u2028\u2029\u00a0\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/;

export function normalizeText(raw: string): string {
  const nfc = raw.normalize('NFC');
  if (!TO_REPLACE.test(nfc)) return nfc;
  return nfc
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(CONTROL, '')
    .replace(/\u00a0/g, ' ');
}

/** Collapses runs of spaces and tabs inside a line and trims it. */
export function tidyLine(line: string): string {
  // Most lines hold neither a tab nor two spaces in a row: nothing to collapse, only to trim.
  if (!line.includes('\t') && !line.includes('  ')) return line.trim();
  return line.replace(/[ \t]+/g, ' ').trim();
}
