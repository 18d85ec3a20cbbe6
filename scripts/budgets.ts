// npm run budgets: sizes of the production build against their budgets (gzip). Run after `npm run build`.
// "Before the reader's first paint" is the entry script of dist/index.html and every chunk it imports
// statically; chunks loaded with import() (other pages, the sidebar, the glossary) do not count.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
const BUDGETS = { js: 140 * KB, css: 20 * KB, article: 40 * KB };
const SEED = 'articles/tphcm-to-chuc-xay-dung-dang-2022.json';

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('budgets: dist/index.html is missing; run `npm run build` first');
  process.exit(2);
}

const gz = (path: string) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+\.css)"/g)].map(
  (m) => m[1]!,
);

// Follow static imports (`import x from "./a.js"`, `import "./b.js"`, `export … from`), not import().
const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const seen = new Set<string>();
const queue = [...entries];
while (queue.length) {
  const file = queue.shift()!;
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  for (const m of code.matchAll(STATIC_IMPORT)) queue.push(join(dir, m[1]!));
}

const rows: [string, number, number, string][] = [];
const js = [...seen].reduce((n, f) => n + gz(f), 0);
rows.push([
  'JavaScript before the reader paints',
  js,
  BUDGETS.js,
  [...seen].map((f) => `${f} ${(gz(f) / KB).toFixed(1)} KB`).join(', '),
]);
const cssSize = css.reduce((n, f) => n + gz(f), 0);
rows.push(['CSS', cssSize, BUDGETS.css, css.join(', ')]);
rows.push(['seed article JSON', gz(SEED), BUDGETS.article, SEED]);

let failed = false;
for (const [label, size, budget, detail] of rows) {
  const ok = size <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${label.padEnd(38)} ${(size / KB).toFixed(1).padStart(6)} KB gzip  (budget ${budget / KB} KB)`,
  );
  console.log(`     ${detail}`);
}
process.exitCode = failed ? 1 : 0;
