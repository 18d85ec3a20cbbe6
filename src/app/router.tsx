import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { ReaderRoute, readerLoader, Skeleton } from './routes/reader/reader-route';
import { RouteError } from './routes/route-error';

/** An empty page while a lazily loaded page arrives, so the header never stands alone on white. */
function PageSkeleton() {
  return <main id="main" className="page" aria-busy="true" tabIndex={-1} />;
}

// The reader is in the first bundle; the other pages load when visited. Every route has an error
// element; to add a page, add an entry to `children`. Loaders fill the query client they are given, so
// a test renders the routes with a client of its own.
export const createRoutes = (client: QueryClient): RouteObject[] => [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        path: '/',
        errorElement: <RouteError />,
        HydrateFallback: PageSkeleton,
        lazy: async () => {
          const m = await import('./routes/library');
          return {
            Component: m.LibraryRoute,
            loader: m.libraryLoader(client),
            // A query or a filter changes the URL but needs nothing the loader fetches; a page does.
            shouldRevalidate: ({ currentUrl, nextUrl }) =>
              currentUrl.searchParams.get('page') !== nextUrl.searchParams.get('page'),
          };
        },
      },
      {
        path: '/a/:slug',
        element: <ReaderRoute />,
        loader: readerLoader(client),
        errorElement: <RouteError />,
        HydrateFallback: Skeleton,
      },
      {
        path: '/people',
        errorElement: <RouteError />,
        HydrateFallback: PageSkeleton,
        lazy: async () => ({ Component: (await import('./routes/people')).PeopleRoute }),
      },
      {
        path: '/people/in/:slug/:person',
        errorElement: <RouteError />,
        HydrateFallback: PageSkeleton,
        lazy: async () => ({ loader: (await import('./routes/people')).personInLoader(client) }),
      },
      {
        path: '/people/mine/:key',
        errorElement: <RouteError />,
        HydrateFallback: PageSkeleton,
        lazy: async () => ({ Component: (await import('./routes/people')).LocalPersonRoute }),
      },
      {
        path: '/people/:key',
        errorElement: <RouteError />,
        HydrateFallback: PageSkeleton,
        lazy: async () => ({ Component: (await import('./routes/people')).PersonRoute }),
      },
      {
        path: '/import',
        errorElement: <RouteError />,
        HydrateFallback: PageSkeleton,
        lazy: async () => ({ Component: (await import('./routes/import')).ImportRoute }),
      },
      {
        path: '/mine/:slug',
        errorElement: <RouteError />,
        HydrateFallback: PageSkeleton,
        lazy: async () => ({
          Component: (await import('./routes/local-article')).LocalArticleRoute,
        }),
      },
      {
        path: '*',
        errorElement: <RouteError />,
        HydrateFallback: PageSkeleton,
        lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
      },
    ],
  },
];

export const createRouter = (client: QueryClient) => createBrowserRouter(createRoutes(client));
