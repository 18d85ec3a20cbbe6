// A failure inside the sidebar shows a message in the sidebar and leaves the article readable.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { handBuilt, handBuiltFiles } from '../hand-built-article';

vi.mock('@/features/entities', async (original) => ({
  ...(await original<typeof import('@/features/entities')>()),
  EntitySidebar: () => {
    throw new Error('the sidebar broke');
  },
}));

beforeEach(async () => {
  await i18n.changeLanguage('en');
  vi.stubGlobal('fetch', vi.fn(fakeFetch(handBuiltFiles())));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the sidebar error boundary', () => {
  it('keeps the article when the sidebar fails', async () => {
    renderApp(`/a/${handBuilt.slug}`);
    await screen.findByRole('heading', { level: 1, name: handBuilt.title });
    const sidebar = screen.getByRole('complementary', { name: i18n.t('entities.label') });
    expect(await within(sidebar).findByRole('alert')).toHaveTextContent(i18n.t('errors.sidebar'));
    expect(screen.getByRole('main')).toHaveTextContent(handBuilt.blocks[2]!.text);
    expect(screen.getByRole('navigation', { name: i18n.t('toc.label') })).toBeInTheDocument();
  });
});
