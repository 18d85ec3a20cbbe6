// Offline in a real browser, with the service worker: read an article, keep it, go offline, reload and
// read it; open a second one read before; see what an article not kept says; come back online.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Article } from '../../src/article/schema';
import { extractArticle } from '../../src/extract/index';
import { ReaderPage, STRINGS } from './page-models/reader-page';
import { DESKTOP } from './support/browser';
import { browserSession } from './support/session';

const base = inject('baseUrl');
const SEED = 'tphcm-to-chuc-xay-dung-dang-2022';
const vi = STRINGS.vi;
const seed = JSON.parse(readFileSync(`dist/articles/${SEED}.json`, 'utf8')) as Article;
// Two more articles of our own, served beside the seed for this journey only.
const second = extractArticle(
  'Tỉnh họp bàn kế hoạch mùa khô\n\nNgày 5/3, Chủ tịch UBND tỉnh Lê Văn Sơn chủ trì cuộc họp về kế hoạch mùa khô.\n\nÔng Sơn yêu cầu các huyện chuẩn bị nước sạch cho người dân trước ngày 20/3.',
  { slug: 'offline-journey-second' },
);
const unkept = extractArticle(
  'Hội nghị tổng kết công tác thi đua\n\nNgày 9/4, Bí thư Tỉnh ủy Hồ Thị Mai dự hội nghị tổng kết công tác thi đua năm.',
  { slug: 'offline-journey-unkept' },
);
const files = [second, unkept].map((a) => `dist/articles/${a.slug}.json`);

const session = browserSession(() =>
  [second, unkept].forEach((a, i) => writeFileSync(files[i]!, JSON.stringify(a))),
);
afterAll(() => files.forEach((f) => rmSync(f, { force: true })));

describe('reading offline', { timeout: 90_000 }, () => {
  it('keeps what was read and kept, and says plainly what was not', async () => {
    const p = await session.open({ ...DESKTOP, serviceWorkers: 'allow' });
    const context = session.context;
    const reader = new ReaderPage(p);
    const title = (t: string) => p.getByRole('heading', { level: 1, name: t });

    // Online: the seed, kept with the button once the service worker controls the page.
    await reader.open(base, SEED);
    await p.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    await p.getByRole('button', { name: vi.offline.keep }).click();
    await p.getByRole('button', { name: vi.offline.kept, pressed: true }).waitFor();
    // A second article, only read: the service worker keeps it as it is fetched.
    await reader.open(base, second.slug);
    await p.getByRole('button', { name: vi.offline.kept, pressed: true }).waitFor();

    await context.setOffline(true);
    await p.goto(`${base}/a/${SEED}`);
    await title(seed.title).waitFor();
    await p.getByRole('status').filter({ hasText: vi.offline.notice }).waitFor();
    await p.goto(`${base}/a/${second.slug}`);
    await title(second.title).waitFor();
    expect(await p.locator('article').textContent()).toContain('nước sạch');

    // Never opened, never kept: a message that says so, not a spinner and not a generic error.
    await p.goto(`${base}/a/${unkept.slug}`);
    await p.getByRole('heading', { name: vi.offline.notKeptTitle }).waitFor({ timeout: 10_000 });

    await context.setOffline(false);
    await expect.poll(() => p.getByText(vi.offline.notice).isVisible()).toBe(false);
    await p.getByRole('button', { name: vi.errors.retry }).click();
    await title(unkept.title).waitFor();
    // Read now, it is kept too.
    await p.getByRole('button', { name: vi.offline.kept, pressed: true }).waitFor();
  });
});
