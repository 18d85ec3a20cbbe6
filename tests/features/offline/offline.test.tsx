// Without a connection: a notice says what can still be read, and an article or library that is not
// kept on the device says so at once, in the reader's language (no spinner, no generic error).
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { fakeFetch, renderApp } from '@/testing/render-app';
import { files, seed, SLUG } from '../../app/fixtures';

const t = (key: string, options?: Record<string, unknown>) =>
  String(i18n.t(key as never, options as never));

function goOffline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  window.dispatchEvent(new Event('offline'));
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('offline', () => {
  it('shows a notice while the connection is gone, and hides it when it is back', async () => {
    vi.stubGlobal('fetch', vi.fn(fakeFetch(files())));
    renderApp(`/a/${SLUG}`);
    await screen.findByRole('heading', { level: 1, name: seed.title });
    expect(screen.queryByText(t('offline.notice'))).toBeNull();
    act(goOffline);
    expect(screen.getByText(t('offline.notice'))).toHaveAttribute('role', 'status');
    act(() => {
      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.queryByText(t('offline.notice'))).toBeNull();
  });

  it('says at once that an article was not kept, naming it, with Retry', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetch);
    goOffline();
    renderApp('/a/not-kept-here');
    expect(
      await screen.findByRole('heading', { name: t('offline.notKeptTitle') }),
    ).toBeInTheDocument();
    expect(screen.getByText(t('offline.notKept', { slug: 'not-kept-here' }))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: t('errors.retry') })).toBeInTheDocument();
    // No retries while there is no connection: once by the route's loader, once by the page.
    expect(fetch.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('says that the library is not kept when its list cannot be fetched offline', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    goOffline();
    renderApp('/');
    expect(
      await screen.findByText(
        t('offline.libraryNotKept', { subject: t('library.file.index') }),
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
  });
});
