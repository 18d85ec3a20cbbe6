// The library's "Offline reading" section in a page pre-rendered at build, where there is no Cache API
// and so no section: the browser, which has one, must adopt that HTML without a hydration error (React
// would otherwise throw the part away and log the error in the console) and then show the section.
import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import i18n from '@/i18n';
import { OfflineStorage } from '@/features/offline/components/offline-storage';

beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

it('hydrates the pre-rendered library without an error, then offers to keep the collection', async () => {
  const page = <OfflineStorage articles={3} files={async () => []} />;
  vi.stubGlobal('caches', undefined);
  const html = renderToString(page);
  vi.stubGlobal('caches', { open: vi.fn(), keys: vi.fn(async () => []), delete: vi.fn() });
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, page, { onRecoverableError: (error) => errors.push(error) });
  });
  expect(errors).toEqual([]);
  expect(
    await screen.findByRole('button', { name: 'Keep all 3 articles for offline' }),
  ).toBeInTheDocument();
  container.remove();
});
