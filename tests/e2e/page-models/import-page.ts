import type { Page } from 'playwright-core';
import en from '../../../src/i18n/locales/en.json';

export class ImportPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/import?lang=en`);
    await this.page.getByRole('heading', { level: 1, name: en.import.title }).waitFor();
  }

  async paste(text: string) {
    await this.page.getByLabel(en.import.pasteLabel).fill(text);
    await this.page.getByRole('button', { name: en.import.read }).click();
  }

  localLibrary() {
    return this.page.getByRole('region', { name: en.localLibrary.title });
  }
}
