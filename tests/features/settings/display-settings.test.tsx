// Theme and text size: switched from the header, applied to <html>, remembered across visits.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { handBuilt, handBuiltFiles } from '../hand-built-article';

const t = (key: string) => String(i18n.t(key as never));
const root = document.documentElement;

beforeEach(async () => {
  localStorage.clear();
  delete root.dataset.theme;
  root.style.removeProperty('--text-scale');
  await i18n.changeLanguage('en');
  vi.stubGlobal('fetch', vi.fn(fakeFetch(handBuiltFiles())));
});
afterEach(() => vi.unstubAllGlobals());

async function open() {
  const view = renderApp(`/a/${handBuilt.slug}`);
  await screen.findByRole('heading', { level: 1, name: handBuilt.title });
  return view;
}

describe('display settings', () => {
  it('follows the system until a theme is chosen, then remembers it', async () => {
    const first = await open();
    expect(root.dataset.theme).toBeUndefined();
    const themeButton = () => screen.getByRole('button', { name: new RegExp(t('theme.label')) });
    await userEvent.click(themeButton());
    await waitFor(() => expect(root.dataset.theme).toBe('light'));
    await userEvent.click(themeButton());
    await waitFor(() => expect(root.dataset.theme).toBe('dark'));
    expect(themeButton()).toHaveAccessibleName(`${t('theme.label')}: ${t('theme.dark')}`);
    first.unmount();
    delete root.dataset.theme;
    await open();
    await waitFor(() => expect(root.dataset.theme).toBe('dark'));
  });

  it('changes the text size within bounds and remembers it', async () => {
    const first = await open();
    const larger = screen.getByRole('button', { name: t('textSize.larger') });
    const smaller = screen.getByRole('button', { name: t('textSize.smaller') });
    await userEvent.click(larger);
    await waitFor(() => expect(root.style.getPropertyValue('--text-scale')).toBe('1.1'));
    for (let i = 0; i < 10; i++)
      if (!(larger as HTMLButtonElement).disabled) await userEvent.click(larger);
    expect(larger).toBeDisabled();
    await userEvent.click(smaller);
    const remembered = root.style.getPropertyValue('--text-scale');
    first.unmount();
    root.style.removeProperty('--text-scale');
    await open();
    await waitFor(() => expect(root.style.getPropertyValue('--text-scale')).toBe(remembered));
  });
});
