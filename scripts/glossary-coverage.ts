// npm run glossary:coverage [-- DIR] [-- --sample FILE.tsv]: the share of roles and award names the
// English glossary renders, through `npm run gloss` as any caller would, and the terms it leaves.
// DIR holds annotated articles (default ../shared/gold/dev). A sample file has one term per line
// with its expected English after a tab (`-` for a term that should stay Vietnamese); it prints how
// many are rendered right, rendered wrong, and left Vietnamese.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const sampleAt = args.indexOf('--sample');
const sample = sampleAt >= 0 ? args[sampleAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && i !== sampleAt + 1) ?? '../shared/gold/dev';

/** The English of each term, from the `gloss` command. */
function gloss(terms: string[]): (string | null)[] {
  if (!terms.length) return [];
  const out = execFileSync('npm', ['run', '--silent', 'gloss', '--', '-'], {
    input: terms.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(out) as { en: string | null }[]).map((e) => e.en);
}

if (sample) {
  const rows = readFileSync(sample, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t') as [string, string]);
  const got = gloss(rows.map(([vi]) => vi));
  const tally = { right: 0, wrong: 0, unrendered: 0 };
  rows.forEach(([vi, expected], i) => {
    const en = got[i];
    if (en === null) tally[expected === '-' ? 'right' : 'unrendered']++;
    else if (en === expected) tally.right++;
    else {
      tally.wrong++;
      console.log(`  differs: ${vi}\n    got      ${en}\n    expected ${expected}`);
    }
  });
  for (const [k, n] of Object.entries(tally))
    console.log(`${k}: ${n}/${rows.length} (${((n / rows.length) * 100).toFixed(0)}%)`);
} else {
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
    const got = gloss(terms);
    const missing = terms.filter((_, i) => got[i] === null);
    const share = terms.length ? (terms.length - missing.length) / terms.length : 1;
    console.log(
      `${label}: ${terms.length - missing.length}/${terms.length} rendered (${(share * 100).toFixed(0)}%)`,
    );
    for (const t of missing) console.log(`  not rendered: ${t}`);
  }
}
