// The library's search, filters and export, and the people pages, as a reader uses them.
import type { Page } from 'playwright-core';
import en from '../../../src/i18n/locales/en.json';

export class CollectionPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, query = '') {
    await this.page.goto(`${baseUrl}/${query ? `?${query}&` : '?'}lang=en`);
    await this.page.getByRole('heading', { level: 1, name: en.library.title }).waitFor();
  }

  searchBox() {
    return this.page.getByRole('searchbox', { name: en.library.searchLabel });
  }

  async search(text: string) {
    await this.searchBox().fill(text);
    await this.searchBox().press('Enter');
  }

  resultCount() {
    return this.page.locator('#results-title');
  }

  result(name: string | RegExp) {
    return this.page.getByRole('link', { name });
  }

  filter(facet: keyof typeof en.library.facet) {
    return this.page.getByRole('combobox', { name: en.library.facet[facet] });
  }

  exportButton(format: 'csv' | 'jsonl') {
    return this.page.getByRole('button', { name: en.library.export[format] });
  }
}
