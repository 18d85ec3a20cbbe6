// npm run glossary:coverage: the share of gold roles and awards the English glossary renders, and the rest.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossTerm } from '../src/i18n/glossary/index';

const dir = process.argv[2] ?? '../shared/gold/dev';
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        people: { roles: string[] }[];
        awards: { name: string; kind: string }[];
      },
  );
for (const [label, terms] of [
  ['roles', docs.flatMap((d) => d.people.flatMap((p) => p.roles))],
  ['award names', docs.flatMap((d) => d.awards.map((a) => a.name))],
  ['award kinds', docs.flatMap((d) => d.awards.map((a) => a.kind))],
] as const) {
  const missing = terms.filter((t) => glossTerm(t) === null);
  const share = terms.length ? (terms.length - missing.length) / terms.length : 1;
  console.log(
    `${label}: ${terms.length - missing.length}/${terms.length} glossed (${(share * 100).toFixed(0)}%)`,
  );
  for (const t of missing) console.log(`  not glossed: ${t}`);
}
