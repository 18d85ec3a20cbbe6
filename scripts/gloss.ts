// npm run --silent gloss -- FILE: the English of each Vietnamese term in FILE (one per line; `-` reads
// stdin), printed as a JSON array [{ "vi": …, "en": … | null }] in the order of the input.
import { readFileSync } from 'node:fs';
import { glossTerm } from '../src/i18n/glossary/index';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run --silent gloss -- FILE   (one term per line; - reads stdin)');
  process.exit(2);
}
let input: string;
try {
  input = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  console.error(`gloss: cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const lines = input.split(/\r?\n/u);
if (lines.at(-1) === '') lines.pop();
const out = lines.map((vi) => ({ vi, en: glossTerm(vi) }));
console.log(JSON.stringify(out, null, 1));
