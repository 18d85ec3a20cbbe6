import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportPage } from '@/features/import';

export function ImportRoute() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('import.title')} — docbao`;
  }, [t]);
  return <ImportPage />;
}
