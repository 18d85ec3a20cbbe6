// The reader as a person uses it: by roles and accessible names taken from the locale files.
import type { Page } from 'playwright-core';
import { hydrated } from '../support/hydrated';
import en from '../../../src/i18n/locales/en.json';
import vi from '../../../src/i18n/locales/vi.json';

export type Strings = typeof en;
export const STRINGS = { en, vi } as const;

export class ReaderPage {
  constructor(
    readonly page: Page,
    readonly strings: Strings = vi,
  ) {}

  async open(baseUrl: string, slug: string, query = '') {
    await this.page.goto(`${baseUrl}/a/${slug}${query}`);
    await this.page.locator('article h1').waitFor();
    await hydrated(this.page, 'article h1');
  }

  toc() {
    return this.page.getByRole('navigation', { name: this.strings.toc.label });
  }

  sidebar() {
    return this.page.getByRole('complementary', { name: this.strings.entities.label });
  }

  people() {
    return this.sidebar().getByRole('region', { name: new RegExp(this.strings.entities.people) });
  }

  person(name: string) {
    return this.people().getByRole('button', { name: new RegExp(`^${name}`) });
  }

  marks() {
    return this.page.locator('article mark');
  }

  nextPlace() {
    return this.page.getByRole('button', { name: this.strings.entities.next });
  }

  languageButton(lang: 'vi' | 'en') {
    return this.page
      .getByRole('group', { name: this.strings.language.label })
      .getByRole('button', { name: this.strings.language[lang] });
  }

  drawerToggle() {
    return this.page.getByRole('button', { name: new RegExp(this.strings.entities.open) });
  }

  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }
}
