// "Keep for offline" in the reader's toolbar: a toggle that says whether this article is on the device
// (an article once read usually is: the service worker keeps what it fetches).
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Icon } from '@/components/ui/icon';
import { cacheAvailable, forget, isKept, keep } from '../api/articles-cache';

const never = () => () => {};

export function KeepArticle({ url }: { url: string }) {
  const { t } = useTranslation();
  // Rendered at build without the Cache API: hydrate as that page was, then show the button.
  const available = useSyncExternalStore(never, cacheAvailable, () => false);
  const [kept, setKept] = useState<boolean | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    // The service worker stores the article just after answering with it: while it is not seen in
    // the cache, look again each second for a few seconds.
    let tries = navigator.serviceWorker?.controller ? 5 : 0;
    let timer = 0;
    const check = async () => {
      const k = await isKept(url);
      if (!live) return;
      setKept(k);
      if (!k && tries-- > 0) timer = window.setTimeout(() => void check(), 1000);
    };
    void check();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [url]);
  if (!available) return null;
  const toggle = async () => {
    setFailed(false);
    try {
      if (kept) await forget(url);
      else if ((await keep([url])).kept === 0) throw new Error('not kept');
      setKept(!kept);
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <button
        type="button"
        className="tool"
        aria-pressed={kept === true}
        disabled={kept === null}
        onClick={() => void toggle()}
      >
        <Icon name="download" />{' '}
        <span className="tool-label">{kept ? t('offline.kept') : t('offline.keep')}</span>
      </button>
      {failed && (
        <span role="alert" className="tool-note">
          {t('offline.keepFailed')}
        </span>
      )}
    </>
  );
}
