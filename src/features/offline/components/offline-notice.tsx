// A line under the header while there is no connection, saying what can still be read.
import { useTranslation } from '@/i18n/use-translation';
import { useOnline } from '../hooks/use-online';

export function OfflineNotice() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div role="status" className="offline-notice" hidden={online}>
      {online ? null : t('offline.notice')}
    </div>
  );
}
