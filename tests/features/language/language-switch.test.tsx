import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n, { detectLanguage, STORAGE_KEY, toLanguage } from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { files, seed, SLUG } from '../../app/fixtures';

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('vi');
  vi.stubGlobal('fetch', vi.fn(fakeFetch(files())));
});
afterEach(() => vi.unstubAllGlobals());

describe('the language switch', () => {
  it('switches every interface string at once, sets <html lang> and fetches nothing again', async () => {
    renderApp(`/a/${SLUG}`);
    await screen.findByRole('heading', { level: 1, name: seed.title });
    expect(screen.getByRole('navigation', { name: 'Mục lục' })).toBeInTheDocument();
    const calls = vi.mocked(fetch).mock.calls.length;
    const group = screen.getByRole('group', { name: 'Ngôn ngữ giao diện' });
    await userEvent.click(within(group).getByRole('button', { name: 'EN English' }));
    expect(await screen.findByRole('navigation', { name: 'Contents' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Interface language' })).getByRole('button', {
        name: 'EN English',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(vi.mocked(fetch).mock.calls.length).toBe(calls);
    // Remembered once the new strings are painted.
    await waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).toBe('en'));
  });

  it('shows English glosses beside Vietnamese titles and awards in English only', async () => {
    renderApp(`/a/${SLUG}`);
    await screen.findByRole('heading', { level: 1, name: seed.title });
    expect(screen.queryByText(/Secretary of the Ho Chi Minh City Party Committee/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'EN English' }));
    const sidebar = screen.getByRole('complementary');
    expect(
      await within(sidebar).findByText(/Secretary of the Ho Chi Minh City Party Committee/),
    ).toBeInTheDocument();
    expect(within(sidebar).getByText(/Prime Minister's Emulation Flag/)).toBeInTheDocument();
    // The titles in the text are glossed once the new strings are painted.
    const role = await waitFor(() => {
      const glossed = document.querySelector('article .role[data-gloss]');
      expect(glossed).not.toBeNull();
      return glossed;
    });
    expect(role?.getAttribute('tabindex')).toBe('0');
    expect(role?.getAttribute('title')).toMatch(/Secretary|Politburo/);
    // Back in Vietnamese, the same title carries no gloss.
    await userEvent.click(screen.getByRole('button', { name: 'VI Tiếng Việt' }));
    await waitFor(() => expect(role).not.toHaveAttribute('data-gloss'));
    expect(role).not.toHaveAttribute('title');
  });

  it('formats counts with plurals in each language', async () => {
    renderApp('/');
    expect(await screen.findByText(/5 người · 19 chỉ đạo · 4 khen thưởng/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'EN English' }));
    expect(await screen.findByText(/5 people · 19 directives · 4 awards/)).toBeInTheDocument();
    expect(i18n.t('format.people', { count: 1 })).toBe('1 person');
  });
});

describe('the language buttons', () => {
  it.each(['vi', 'en'] as const)(
    'name each language in its own language, in its voice, in either interface (%s)',
    async (ui) => {
      await i18n.changeLanguage(ui);
      renderApp('/');
      const group = await screen.findByRole('group', { name: i18n.t('language.label') });
      const vi = within(group).getByRole('button', { name: 'VI Tiếng Việt' });
      const en = within(group).getByRole('button', { name: 'EN English' });
      expect(vi).toHaveAttribute('lang', 'vi');
      expect(en).toHaveAttribute('lang', 'en');
      // What is on screen starts the accessible name, so "click EN" works by voice.
      for (const button of [vi, en]) {
        const visible = button.firstChild?.textContent ?? '';
        expect(visible).toMatch(/^(?:VI|EN)$/u);
        expect(button.textContent!.startsWith(visible)).toBe(true);
      }
    },
  );
});

describe('choosing the first language', () => {
  it('maps any vi* tag to Vietnamese and anything else to English', () => {
    expect(toLanguage('vi-VN')).toBe('vi');
    expect(toLanguage('vi')).toBe('vi');
    expect(toLanguage('en-GB')).toBe('en');
    expect(toLanguage('fr')).toBe('en');
    expect(toLanguage(undefined)).toBe('en');
  });

  it('prefers ?lang= over the remembered choice, and the remembered choice over the browser', async () => {
    const detect = async (search: string, stored: string | null) => {
      window.history.replaceState(null, '', `/${search}`);
      if (stored) localStorage.setItem(STORAGE_KEY, stored);
      else localStorage.removeItem(STORAGE_KEY);
      return detectLanguage();
    };
    expect(await detect('?lang=en', 'vi')).toBe('en');
    expect(await detect('?lang=vi', 'en')).toBe('vi');
    expect(await detect('', 'vi')).toBe('vi');
    expect(await detect('', null)).toBe('en'); // jsdom's navigator speaks en-US
    // A language asked for in the address is remembered, as a choice would be.
    expect(await detect('?lang=vi', null)).toBe('vi');
    expect(await detect('', localStorage.getItem(STORAGE_KEY))).toBe('vi');
    window.history.replaceState(null, '', '/');
  });

  it('remembers the choice across a reload', async () => {
    await i18n.changeLanguage('en');
    localStorage.setItem(STORAGE_KEY, 'en');
    const reloaded = i18n.cloneInstance({ initAsync: false });
    await reloaded.changeLanguage();
    await waitFor(() => expect(toLanguage(reloaded.language)).toBe('en'));
  });
});
