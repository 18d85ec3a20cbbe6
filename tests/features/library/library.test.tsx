// The library page: every article with its date, lead and counts; a failed index explained with Retry.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { handBuilt, handBuiltFiles } from '../hand-built-article';

const t = (key: string, options?: Record<string, unknown>) =>
  String(i18n.t(key as never, options as never));

beforeEach(() => i18n.changeLanguage('vi'));
afterEach(() => vi.unstubAllGlobals());

describe('the library', () => {
  it('lists each article with its date, lead and counts, linking to the reader', async () => {
    vi.stubGlobal('fetch', vi.fn(fakeFetch(handBuiltFiles())));
    renderApp('/');
    const link = await screen.findByRole('link', { name: handBuilt.title }, { timeout: 4000 });
    expect(link).toHaveAttribute('href', `/a/${handBuilt.slug}`);
    expect(screen.getByText('3 tháng 2, 2024', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(handBuilt.lead)).toBeInTheDocument();
    expect(screen.getByText(t('format.people', { count: 4 }), { exact: false })).toHaveTextContent(
      t('format.awards', { count: 1 }),
    );
    await userEvent.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: handBuilt.title }),
    ).toBeInTheDocument();
  });

  it("writes each card's date and counts again in the language the reader switches to", async () => {
    vi.stubGlobal('fetch', vi.fn(fakeFetch(handBuiltFiles())));
    renderApp('/');
    await screen.findByRole('link', { name: handBuilt.title }, { timeout: 4000 });
    expect(screen.getByText('3 tháng 2, 2024', { exact: false })).toBeInTheDocument();
    await act(() => i18n.changeLanguage('en'));
    const date = await screen.findByText('February 3, 2024', {}, { timeout: 4000 });
    expect(date.closest('p')).toHaveTextContent(t('format.people', { count: 4 }));
    expect(screen.queryByText('3 tháng 2, 2024', { exact: false })).not.toBeInTheDocument();
  });

  it('explains an index that cannot be loaded and loads it on Retry', async () => {
    let online = false;
    const files = fakeFetch(handBuiltFiles());
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        if (!online) throw new TypeError('Failed to fetch');
        return files(input);
      }),
    );
    renderApp('/');
    const message = await screen.findByText(
      t('library.problem.network', { subject: t('library.file.index') }),
      {},
      { timeout: 4000 },
    );
    expect(message.closest('[role="alert"]')).not.toBeNull();
    online = true;
    await userEvent.click(screen.getByRole('button', { name: t('errors.retry') }));
    expect(await screen.findByRole('link', { name: handBuilt.title })).toBeInTheDocument();
  });
});
