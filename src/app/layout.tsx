// Every page: a skip link, the header with the language switch and display settings, then the page.
import { useEffect, useRef } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/features/language';
import { OfflineNotice, UpdatePrompt } from '@/features/offline';
import { DisplaySettings } from '@/features/settings';

/**
 * A new page opens at its top; a hash is left to the reader, which scrolls to the section itself
 * (smoothly unless reduced motion is asked for). react-router's ScrollRestoration would jump to the
 * hash first and so spoil the smooth scroll of the contents.
 */
function useTopOfNewPage() {
  const { pathname } = useLocation();
  // Not the first page: the browser places it (a reload keeps its place), and a pre-rendered page
  // may already have been scrolled before it was hydrated.
  const first = useRef(pathname);
  useEffect(() => {
    if (first.current === pathname) return;
    first.current = '';
    if (!window.location.hash && typeof window.scrollTo === 'function') window.scrollTo(0, 0);
  }, [pathname]);
}

export function Layout() {
  const { t } = useTranslation();
  useTopOfNewPage();
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
      <OfflineNotice />
      <Outlet />
      <UpdatePrompt />
    </>
  );
}
