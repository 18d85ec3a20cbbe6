// Printing the reader: the people, directives and awards follow the article on paper. The appendix's
// code arrives when the browser is idle after the first screen; at `beforeprint` it is rendered at once.
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import viStrings from '@/i18n/locales/vi.json';
import { files, seed, SLUG } from '../../app/fixtures';
import { loadPrintAppendix } from '@/features/reader';

beforeEach(async () => {
  await i18n.changeLanguage('vi');
  vi.stubGlobal('fetch', vi.fn(fakeFetch(files())));
});
afterEach(() => vi.unstubAllGlobals());

describe('printing an article', () => {
  it('adds the appendix of people, directives and awards only while printing', async () => {
    const { container } = renderApp(`/a/${SLUG}`);
    await screen.findByRole('heading', { level: 1, name: seed.title });
    await loadPrintAppendix();
    expect(container.querySelector('.print-appendix')).toBeNull();
    // The page listens for printing from an effect, which React may run a moment after the heading
    // shows: print again until it does (the appendix must be there as soon as `beforeprint` returns).
    await waitFor(() => {
      act(() => void window.dispatchEvent(new Event('beforeprint')));
      const appendix = container.querySelector('.print-appendix');
      expect(appendix).toHaveTextContent(viStrings.entities.appendix);
      expect(appendix).toHaveTextContent(seed.entities.people[0]!.name);
    });
    act(() => void window.dispatchEvent(new Event('afterprint')));
    await waitFor(() => expect(container.querySelector('.print-appendix')).toBeNull());
  });
});
