// The browser's storage under faults: with IndexedDB gone (as in some private windows) an imported article
// is still read and offered for download, and its address says why it cannot come back.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { checkArticle } from '../../src/article/validate';
import en from '../../src/i18n/locales/en.json';
import { ImportPage } from './page-models/import-page';
import { ReaderPage, STRINGS } from './page-models/reader-page';
import { DESKTOP } from './support/browser';
import { browserSession } from './support/session';

const base = inject('baseUrl');
const TEXT = [
  'Sáng 2/3, Phó Chủ tịch UBND tỉnh Lê Minh Quang kiểm tra công tác phòng cháy tại các chợ.',
  'Ông Lê Minh Quang yêu cầu ban quản lý các chợ lắp đủ bình chữa cháy trong tháng này.',
  'Thanh Hà',
].join('\n\n');

/** Pastes TEXT on the import page and waits for the reader to show its official. */
async function importAndRead(page: Page): Promise<ImportPage> {
  const importer = new ImportPage(page);
  await importer.open(base);
  await importer.paste(TEXT);
  await page.waitForURL(/\/mine\//);
  await new ReaderPage(page, STRINGS.en).person('Lê Minh Quang').waitFor();
  return importer;
}

const session = browserSession();

it('reads an article without browser storage, offers its JSON, and says why it is not kept', async () => {
  const page = await session.open({ ...DESKTOP, acceptDownloads: true });
  await session.context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await importAndRead(page);
  const notice = page.getByRole('alert').filter({ hasText: 'storage is unavailable' });
  await notice.waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: en.import.unsaved.download }).click(),
  ]);
  expect(checkArticle(JSON.parse(readFileSync((await download.path())!, 'utf8'))).ok).toBe(true);

  const started = Date.now();
  await page.reload();
  await page.getByRole('alert').filter({ hasText: 'storage is unavailable' }).waitFor();
  // The cause comes at once, not after the retries that a network failure would get.
  expect(Date.now() - started).toBeLessThan(5000);
});

it('with a full quota shows the article unsaved and keeps what was saved before', async () => {
  const page = await session.open({ ...DESKTOP });
  const importer = await importAndRead(page);
  const saved = page.url();

  // From here on the browser refuses every write, as it does when the origin's quota is used up.
  await importer.open(base);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await importer.paste(TEXT.replace('phòng cháy', 'an toàn thực phẩm'));
  await page.getByRole('alert').filter({ hasText: 'storage is full' }).waitFor();
  expect(page.url()).not.toBe(saved);

  await page.goto(saved);
  await new ReaderPage(page, STRINGS.en).person('Lê Minh Quang').waitFor();
});
