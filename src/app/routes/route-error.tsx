import { useTranslation } from '@/i18n/use-translation';
import { LoadError } from '@/article/fetch-json';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundRoute } from './not-found';
import { LoadFailure } from './reader/reader-route';

/** The error element of every route: a 404 gets the not-found page, anything else a plain apology. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    // An article that does not exist says so, naming it; any other unknown address is not found.
    const slug = (error.data as { slug?: unknown } | null)?.slug;
    if (typeof slug === 'string') {
      return <LoadFailure error={new LoadError({ kind: 'missing', status: 404 })} slug={slug} />;
    }
    return <NotFoundRoute />;
  }
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
