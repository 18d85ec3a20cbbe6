// Registers the service worker and, when a new version of the app is ready, offers to reload into it.
// The new version waits until then, so a reader is never switched mid-article.
import { useEffect, useRef, useState } from 'react';
import { whenIdle } from '@/components/ui/when-idle';
import { useTranslation } from '@/i18n/use-translation';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  const update = useRef<((reload?: boolean) => Promise<void>) | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    // Loaded when the browser is idle after the first screen, in a chunk of its own: registering
    // can wait, reading cannot.
    return whenIdle(
      () =>
        void import('virtual:pwa-register').then(({ registerSW }) => {
          update.current = registerSW({ onNeedRefresh: () => setReady(true) });
        }),
    );
  }, []);
  if (!ready) return null;
  return (
    <div role="status" className="update-prompt">
      <p>{t('offline.update')}</p>
      <button type="button" onClick={() => void update.current?.(true)}>
        {t('offline.reload')}
      </button>
      <button type="button" className="link" onClick={() => setReady(false)}>
        {t('offline.later')}
      </button>
    </div>
  );
}
