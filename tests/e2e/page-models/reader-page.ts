// The reader as a person uses it: by roles and accessible names taken from the locale files.
import type { Page } from 'playwright-core';
import { hydrated } from '../support/hydrated';
import en from '../../../src/i18n/locales/en.json';
import vi from '../../../src/i18n/locales/vi.json';

/** The first item of the sidebar's lists, rendered by the sidebar's own (lazily loaded) code. */
const SIDEBAR_ITEM = '.sidebar-inner button.item';

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
    // The sidebar's code comes after the article's: a pre-rendered sidebar shows its buttons before
    // they respond, so a test that clicks one waits for it too (a reader taps again; a test cannot).
    if (await this.page.locator(SIDEBAR_ITEM).count()) await hydrated(this.page, SIDEBAR_ITEM);
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
