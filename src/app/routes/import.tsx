import { useTranslation } from 'react-i18next';
import { ImportPage } from '@/features/import';
import { usePageTitle } from './use-page-title';

export function ImportRoute() {
  const { t } = useTranslation();
  usePageTitle(t('import.title'));
  return <ImportPage />;
}
