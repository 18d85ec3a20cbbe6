// Renders the app at a path through the same routes and providers it uses in the browser, with the
// article files served from memory. Tests query the result by role and name, as a reader would.
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Providers } from '@/app/providers';
import { QueryClient } from '@tanstack/react-query';
import { createRoutes } from '@/app/router';

export type Files = Record<string, unknown | ((url: string) => Response | Promise<Response>)>;

/** A fetch that serves `files` by path (`/articles/index.json`); anything else is a 404. */
export function fakeFetch(files: Files) {
  return async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    const file = files[url.pathname];
    if (typeof file === 'function') return (file as (u: string) => Response)(url.pathname);
    if (file === undefined) return new Response('not found', { status: 404 });
    return new Response(typeof file === 'string' ? file : JSON.stringify(file), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
}

/** Each render gets a fresh query client of its own, so no test sees another's cache. */
export function renderApp(path: string) {
  const client = new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, retryDelay: 1 } },
  });
  const router = createMemoryRouter(createRoutes(client), { initialEntries: [path] });
  const view = render(
    <Providers client={client}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, client };
}
