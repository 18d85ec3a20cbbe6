// The base styles first: each feature's own sheet, imported by its components, comes after.
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createRouter } from './app/router';
import { i18nReady, preloadLanguages } from './i18n';

const root = document.getElementById('root');
// A reader in English waits for that one chunk, so that no string key ever shows; then the other
// language is fetched in the background, so that the switch is instant.
if (root) {
  void i18nReady.then(() => {
    const client = createQueryClient();
    createRoot(root).render(
      <StrictMode>
        <Providers client={client}>
          <RouterProvider router={createRouter(client)} />
        </Providers>
      </StrictMode>,
    );
    const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
    later(() => void preloadLanguages());
  });
}
