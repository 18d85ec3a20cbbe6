// The base styles first: each feature's own sheet, imported by its components, comes after.
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createRouter } from './app/router';

const root = document.getElementById('root');
if (root) {
  const client = createQueryClient();
  createRoot(root).render(
    <StrictMode>
      <Providers client={client}>
        <RouterProvider router={createRouter(client)} />
      </Providers>
    </StrictMode>,
  );
}
