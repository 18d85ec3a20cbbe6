// npm run synth -- N --out DIR [--seed S]
// Writes N synthetic article texts into DIR/<outlet>/<name>.txt, composed from docbao's own
// templates (src/collection/synth): a recurring cast of officials, directives, awards and dates.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cast, compose } from '../src/collection/synth/compose';

function fail(message: string): never {
  process.stderr.write(`synth: ${message}\nusage: npm run synth -- N --out DIR [--seed S]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const count = Number(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')));
const out = value('--out');
const seed = Number(value('--seed') ?? 7);
if (!Number.isInteger(count) || count < 1) fail('N must be a whole number of articles, 1 or more');
if (!out) fail('--out DIR is required');
if (!Number.isInteger(seed)) fail('--seed must be a whole number');

// About one official for every 25 articles, at least 40: people recur as they do in the news.
const officials = cast(Math.max(40, Math.round(count / 25)), seed);
const made = new Set<string>();
for (let n = 0; n < count; n++) {
  const article = compose(n, officials, seed);
  const dir = join(out, article.outlet);
  if (!made.has(dir)) mkdirSync(dir, { recursive: true });
  made.add(dir);
  writeFileSync(join(dir, `${article.name}.txt`), article.text);
}
process.stderr.write(`synth: wrote ${count} article text(s) under ${out}\n`);
