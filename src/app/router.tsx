import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { ReaderRoute, readerLoader } from './routes/reader';
import { RouteError } from './routes/route-error';

// The reader is in the first bundle; the other pages load when visited.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        path: '/',
        errorElement: <RouteError />,
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
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
