import type { Page } from 'playwright-core';
import { hydrated } from '../support/hydrated';
import vi from '../../../src/i18n/locales/vi.json';

export class LibraryPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/`);
    await this.page.getByRole('heading', { level: 1, name: vi.library.title }).waitFor();
    await hydrated(this.page, 'main h1');
  }

  article(title: string) {
    return this.page.getByRole('link', { name: title });
  }
}
