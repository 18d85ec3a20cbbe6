// npm run bench:import: the import page in Chromium against the production build, beside the CLI on the
// same text. Prints the milliseconds from "Read" to the article's text in the reader for 1 MB of prose and
// for 1 MB of one Vietnamese word repeated without spaces (the case that once froze the tab for minutes),
// and the CLI's time on the same texts. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { close, DESKTOP, launch } from '../tests/e2e/support/browser';
import { startPreview } from '../tests/e2e/support/server';

const SIZE = 1_000_000;
const TEXTS: Record<string, string> = {
  'prose, 1 MB':
    'Ông Trần Văn Bình yêu cầu các sở rà soát kế hoạch và báo cáo đúng hạn.\n\n'.repeat(
      Math.ceil(SIZE / 80),
    ),
  'no spaces, 1 MB': 'Nguyễn'.repeat(Math.ceil(SIZE / 6)),
};

/** Sets the textarea as a paste would (one input event), then times "Read" to the text in the reader. */
async function timeImport(page: Page, base: string, text: string): Promise<number> {
  await page.goto(`${base}/import`);
  await page.locator('textarea').evaluate((el, value) => {
    const area = el as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  const start = Date.now();
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/mine\//, { timeout: 300_000 });
  await page.locator('article p').first().waitFor({ timeout: 300_000 });
  // One frame more, so that the layout of the text is counted.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
  return Date.now() - start;
}

function timeCli(text: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'docbao-bench-import-'));
  try {
    writeFileSync(join(dir, 'input.txt'), text);
    const start = Date.now();
    spawnSync(
      'npx',
      ['tsx', 'src/cli/ingest.ts', join(dir, 'input.txt'), '--out', join(dir, 'out')],
      {
        stdio: 'ignore',
      },
    );
    return Date.now() - start;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const server = await startPreview();
const browser = await launch();
try {
  const page = await (await browser.newContext(DESKTOP)).newPage();
  for (const [name, text] of Object.entries(TEXTS)) {
    const browserMs = await timeImport(page, server.url, text);
    const cliMs = timeCli(text);
    console.log(
      `${name}: import page ${browserMs} ms to text; CLI ${cliMs} ms (ratio ${(browserMs / cliMs).toFixed(2)})`,
    );
  }
} finally {
  await close(browser);
  server.stop();
}
