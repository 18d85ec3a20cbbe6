import { useTranslation } from '@/i18n/use-translation';
import { ImportPage } from '@/features/import';
import { usePageTitle } from './use-page-title';

export function ImportRoute() {
  const { t } = useTranslation();
  usePageTitle(t('import.title'));
  return <ImportPage />;
}
