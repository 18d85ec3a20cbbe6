// npm run bench:extract: extractor speed. Median ms per seed article, MB/s over the corpus, and the seed
// repeated 1x, 10x and 100x (time must grow linearly), plus 1 MB of hostile input.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/extract/index';

const seed = readFileSync('content/tphcm-to-chuc-xay-dung-dang-2022.txt', 'utf8');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

for (let i = 0; i < 300; i++) extractArticle(seed); // warm up the JIT: steady state is what a reader sees
const perSeed = time(() => extractArticle(seed), 1000);
console.log(
  `seed article (${(seed.length / 1024).toFixed(1)} KB): median ${perSeed.toFixed(2)} ms`,
);

const corpusDir = '../shared/corpus';
if (existsSync(corpusDir)) {
  const texts = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const ms = time(() => texts.forEach((t) => extractArticle(t)), 10);
  console.log(
    `corpus (${texts.length} articles, ${(bytes / 1048576).toFixed(2)} MB): ${ms.toFixed(1)} ms, ${(bytes / 1048576 / (ms / 1000)).toFixed(1)} MB/s`,
  );
} else console.log('corpus: ../shared/corpus not found, skipped');

const base = time(() => extractArticle(seed), 20);
for (const n of [1, 10, 100]) {
  const text = Array.from({ length: n }, () => seed).join('\n\n');
  const ms = time(() => extractArticle(text), n === 100 ? 5 : 10);
  console.log(
    `seed x${String(n).padEnd(3)}: ${ms.toFixed(1).padStart(8)} ms  (${(ms / base / n).toFixed(2)}x linear)`,
  );
}

const syllables = ['Nguyễn', 'Văn', 'Bí', 'Thư', 'Hồ', 'Chí', 'Minh', 'Trần'];
const hostile = Array.from(
  { length: 200_000 },
  (_, i) => syllables[(i * 7) % syllables.length],
).join(' ');
const hostileMs = time(() => extractArticle(hostile), 3);
console.log(
  `hostile: ${(Buffer.byteLength(hostile) / 1048576).toFixed(2)} MB of capitalised syllables, no punctuation: ${hostileMs.toFixed(0)} ms`,
);
