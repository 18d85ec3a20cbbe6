import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { ReaderRoute, readerLoader, Skeleton } from './routes/reader';
import { RouteError } from './routes/route-error';

/** An empty page while a lazily loaded page arrives, so the header never stands alone on white. */
function PageSkeleton() {
  return <main id="main" className="page" aria-busy="true" tabIndex={-1} />;
}

// The reader is in the first bundle; the other pages load when visited. Every route has an error
// element; to add a page, add an entry to `children`.
export const routes: RouteObject[] = [
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
          return { Component: m.LibraryRoute, loader: m.libraryLoader };
        },
      },
      {
        path: '/a/:slug',
        element: <ReaderRoute />,
        loader: readerLoader,
        errorElement: <RouteError />,
        HydrateFallback: Skeleton,
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

export const createRouter = () => createBrowserRouter(routes);
