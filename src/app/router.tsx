import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { LibraryRoute, libraryLoader } from './routes/library';
import { NotFoundRoute } from './routes/not-found';
import { ReaderRoute, readerLoader } from './routes/reader';
import { RouteError } from './routes/route-error';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <LibraryRoute />, loader: libraryLoader, errorElement: <RouteError /> },
      {
        path: '/a/:slug',
        element: <ReaderRoute />,
        loader: readerLoader,
        errorElement: <RouteError />,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
