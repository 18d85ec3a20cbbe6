import { Suspense } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { ImportPage } from '@/features/import';
import { usePageTitle } from './use-page-title';

export function ImportRoute() {
  const { t } = useTranslation();
  usePageTitle(t('import.title'));
  return (
    // The page's own chunk arrives after the route's: an empty page meanwhile, as while the route loads.
    <Suspense fallback={<main id="main" className="page" aria-busy="true" tabIndex={-1} />}>
      <ImportPage />
    </Suspense>
  );
}
