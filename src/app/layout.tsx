// Every page: a skip link, the header with the language switch and display settings, then the page.
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitch } from '@/features/language';
import { DisplaySettings } from './display-settings';

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand" aria-label={t('app.home')}>
          {t('app.name')}
        </Link>
        <div className="header-tools">
          <LanguageSwitch />
          <DisplaySettings />
        </div>
      </header>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
