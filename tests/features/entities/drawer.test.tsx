// Below 900px the sidebar is a drawer: opened by a button, focus kept inside, Escape closes it and
// focus goes back to the button.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { handBuilt, handBuiltFiles } from '../hand-built-article';

const t = (key: string) => i18n.t(key as never) as string;

beforeEach(async () => {
  await i18n.changeLanguage('en');
  vi.stubGlobal('fetch', vi.fn(fakeFetch(handBuiltFiles())));
  // A phone: every max-width query matches.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('max-width'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
  }));
});
afterEach(() => vi.unstubAllGlobals());

async function openDrawer() {
  renderApp(`/a/${handBuilt.slug}`);
  await screen.findByRole('heading', { level: 1, name: handBuilt.title });
  const toggle = screen.getByRole('button', { name: new RegExp(t('entities.open')) });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(toggle);
  const drawer = screen.getByRole('complementary', { name: t('entities.label') });
  await within(drawer).findByRole('searchbox');
  return { toggle, drawer };
}

describe('the sidebar drawer on a phone', () => {
  it('opens from its button and moves focus into the drawer', async () => {
    const { toggle, drawer } = await openDrawer();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(drawer).toContainElement(document.activeElement as HTMLElement));
  });

  it('keeps focus inside while open', async () => {
    const { drawer } = await openDrawer();
    for (let i = 0; i < 30; i++) {
      await userEvent.tab();
      expect(drawer).toContainElement(document.activeElement as HTMLElement);
    }
    for (let i = 0; i < 5; i++) {
      await userEvent.tab({ shift: true });
      expect(drawer).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('closes with Escape and gives focus back to its button', async () => {
    const { toggle } = await openDrawer();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
    expect(toggle).toHaveFocus();
  });

  it('closes with its close button too', async () => {
    const { toggle, drawer } = await openDrawer();
    await userEvent.click(within(drawer).getByRole('button', { name: t('entities.close') }));
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
    expect(toggle).toHaveFocus();
  });

  it('closes when an item is chosen, leaving the stepper in view', async () => {
    const { toggle, drawer } = await openDrawer();
    await userEvent.click(within(drawer).getByRole('button', { name: /^Trần Văn An/ }));
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
    const next = await screen.findByRole('button', { name: t('entities.next') });
    expect(drawer).not.toContainElement(next);
    expect(document.querySelectorAll('article mark')).toHaveLength(4);
  });
});
