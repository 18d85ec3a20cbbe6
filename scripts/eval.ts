// npm run eval -- <gold dir>: runs the extractor on every .txt there and prints the scorer's table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { extractArticle } from '../src/extract/index';

const goldDir = process.argv[2] ?? '../shared/gold/dev';
const scorer = resolve(goldDir, '../../eval/score.mjs');
if (!existsSync(goldDir)) {
  console.error(`eval: ${goldDir}: no such directory`);
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), 'docbao-eval-'));
try {
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.txt'))) {
    const article = extractArticle(readFileSync(join(goldDir, file), 'utf8'));
    writeFileSync(join(out, `${basename(file, '.txt')}.json`), JSON.stringify(article));
  }
  const run = spawnSync(
    process.execPath,
    [
      existsSync(scorer) ? scorer : '../shared/eval/score.mjs',
      goldDir,
      out,
      ...process.argv.slice(3),
    ],
    {
      stdio: 'inherit',
    },
  );
  process.exitCode = run.status ?? 1;
} finally {
  if (!process.argv.includes('--keep')) rmSync(out, { recursive: true, force: true });
  else console.error(`predictions kept in ${out}`);
}
