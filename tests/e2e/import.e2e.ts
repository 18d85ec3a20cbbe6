// Reading one's own article: paste, read with its sidebar, reload, find it in the library, export, delete.
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { checkArticle } from '../../src/article/validate';
import en from '../../src/i18n/locales/en.json';
import { ImportPage } from './page-models/import-page';
import { ReaderPage, STRINGS } from './page-models/reader-page';
import { DESKTOP } from './support/browser';
import { browserSession } from './support/session';

const base = inject('baseUrl');
const TEXT = [
  'Chiều 14/8, Bí thư Tỉnh ủy Bắc Kạn Hoàng Duy Chinh kiểm tra tiến độ xây dựng trường học vùng cao.',
  'Ông Hoàng Duy Chinh yêu cầu các huyện hoàn thành phòng học trước ngày khai giảng.',
  'Dịp này, 5 tập thể đã được nhận Bằng khen của Chủ tịch UBND tỉnh.',
  'Quỳnh Anh',
].join('\n\n');

const session = browserSession();

it('pastes an article, reads it with its people, finds it after a reload, exports and deletes it', async () => {
  const page = await session.open({ ...DESKTOP, acceptDownloads: true });
  const importer = new ImportPage(page);
  await importer.open(base);
  await importer.paste(TEXT);
  await page.waitForURL(/\/mine\//);
  const reader = new ReaderPage(page, STRINGS.en);
  await reader.person('Hoàng Duy Chinh').waitFor();
  const url = page.url();

  await page.reload();
  await reader.person('Hoàng Duy Chinh').waitFor();
  expect(page.url()).toBe(url);

  await page.goto(`${base}/?lang=en`);
  const mine = importer.localLibrary();
  const title = (await mine.getByRole('heading', { level: 3 }).first().textContent())!;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    mine
      .getByRole('button', { name: `${en.localLibrary.exportOne.replace('{{title}}', title)}` })
      .click(),
  ]);
  const saved = checkArticle(JSON.parse(readFileSync((await download.path())!, 'utf8')));
  expect(saved.ok).toBe(true);

  await mine
    .getByRole('button', { name: en.localLibrary.deleteOne.replace('{{title}}', title) })
    .click();
  await mine.getByText(en.localLibrary.empty).waitFor();
  await page.reload();
  await importer.localLibrary().getByText(en.localLibrary.empty).waitFor();
});
