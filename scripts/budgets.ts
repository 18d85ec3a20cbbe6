// npm run budgets: sizes of the production build against their budgets (gzip). Run after `npm run build`.
// "Before the reader's first paint" is the entry script of dist/index.html and every chunk it imports
// statically; chunks loaded with import() (other pages, the sidebar, the glossary) do not count.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
// JavaScript: 143 KB. A pre-rendered page paints before any of it; the shell of the other pages needs it
// all. 143 with the hydration code, then 140.0 once the libraries every page runs went into one file, and
// React's own useSyncExternalStore and react-router's production build replaced a shim and a development
// build (vite.config.ts); 142 since react-i18next's hook came back as the binding the design card
// names (2.1 KB; src/i18n/use-translation.ts) after a session without it; 143 since a part of the page
// that hydrates late knows it adopts HTML (the fix of a hydration mismatch, src/components/ui/
// adopting-suspense.tsx) and a huge article's references are completed in idle slices (0.6 KB in all;
// grouping the small shared chunks into one saved 0.1-0.5 KB but put the framework before the entry's
// first paint, so it was not kept). Issue 13's target, 120 KB, is
// below what the stack alone weighs (minified, gzip): react-dom with its scheduler about 60 KB, react 4, react-router's data router 29,
// i18next with react-i18next 20, TanStack Query 10.
const BUDGETS = { js: 143 * KB, css: 20 * KB, article: 40 * KB, glossary: 25 * KB };
const SEED = 'articles/tphcm-to-chuc-xay-dung-dang-2022.json';

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('budgets: dist/index.html is missing; run `npm run build` first');
  process.exit(2);
}

const gz = (path: string) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
// The shell is index.html as Vite built it (the pre-rendered pages inline its stylesheets).
const html = readFileSync(
  join(DIST, existsSync(join(DIST, 'shell.html')) ? 'shell.html' : 'index.html'),
  'utf8',
);
const entries = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+\.css)"/g)].map(
  (m) => m[1]!,
);

// Follow static imports (`import x from "./a.js"`, `import "./b.js"`, `export … from`), not import().
const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
/** The files `starts` load with them: themselves and every chunk they import statically. */
function staticClosure(starts: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(join(dir, m[1]!));
  }
  return seen;
}
// The entry only waits for the first frame (src/main.tsx) and then imports the app: what that import
// brings (listed in the entry's preload map) is what the reader needs before the page responds, and
// before it paints when it was not pre-rendered.
const started = entries.flatMap((entry) =>
  [...readFileSync(join(DIST, entry), 'utf8').matchAll(/"(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  ),
);
const seen = staticClosure([...entries, ...started.filter((f) => f.endsWith('.js'))]);
css.push(...started.filter((f) => f.endsWith('.css')));

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

// The English glossary: the chunk that holds its tables (found by a word only it contains), with
// what it loads that the first paint has not. It must not be part of the first paint at all.
const chunks = readdirSync(join(DIST, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const glossary = chunks.find((f) => readFileSync(join(DIST, f), 'utf8').includes('Politburo'));
if (!glossary) {
  console.error('budgets: no chunk holds the glossary; was it renamed or inlined?');
  process.exit(2);
}
const glossaryFiles = [...staticClosure([glossary])].filter((f) => !seen.has(f));
rows.push([
  'glossary (loaded when English is on)',
  // Counted whole, over budget, if the reader's first paint already carries it.
  seen.has(glossary) ? Infinity : glossaryFiles.reduce((n, f) => n + gz(f), 0),
  BUDGETS.glossary,
  seen.has(glossary)
    ? `${glossary} loads before the first paint`
    : glossaryFiles.map((f) => `${f} ${(gz(f) / KB).toFixed(1)} KB`).join(', '),
]);

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
