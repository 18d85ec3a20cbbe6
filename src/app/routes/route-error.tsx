import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundRoute } from './not-found';

/** The error element of every route: a 404 gets the not-found page, anything else a plain apology. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <div role="alert" className="notice">
        <h1>{t('errors.unexpectedTitle')}</h1>
        <p>{t('errors.unexpected')}</p>
      </div>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </main>
  );
}
