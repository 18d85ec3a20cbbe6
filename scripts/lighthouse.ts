// npm run lighthouse: Lighthouse (mobile preset) on the seed's reader page of the production build,
// in Debian's Chromium. Prints the four scores and fails below performance 95, accessibility 100,
// best practices 100, SEO 95. Run after `npm run build`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/e2e/support/browser';
import { startPreview } from '../tests/e2e/support/server';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 } as const;
const path = process.argv[2] ?? '/a/tphcm-to-chuc-xay-dung-dang-2022';

const server = await startPreview();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
let failed = false;
try {
  const result = await lighthouse(`${server.url}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(TARGETS),
  });
  if (!result) throw new Error('Lighthouse returned no result');
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
    const ok = score >= target;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'LOW '} ${id.padEnd(15)} ${String(score).padStart(3)}  (target ${target})`,
    );
  }
  const audits = result.lhr.audits;
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ]) {
    console.log(`     ${id.padEnd(26)} ${audits[id]?.displayValue ?? '?'}`);
  }
  for (const [id, category] of Object.entries(result.lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = audits[ref.id];
      if (
        ref.weight > 0 &&
        audit &&
        audit.score !== null &&
        audit.score < 1 &&
        id !== 'performance'
      ) {
        console.log(`     ${id}: ${audit.id} (${audit.title})`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.stop();
}
process.exitCode = failed ? 1 : 0;
