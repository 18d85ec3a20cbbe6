import { createBrowserRouter } from 'react-router';
import { LibraryRoute } from './routes/library';
import { NotFoundRoute } from './routes/not-found';
import { ReaderRoute } from './routes/reader';

export const routes = [
  { path: '/', element: <LibraryRoute /> },
  { path: '/a/:slug', element: <ReaderRoute /> },
  { path: '*', element: <NotFoundRoute /> },
];

export const createRouter = () => createBrowserRouter(routes);
