// On the library page: keep the whole collection for offline reading, see the storage it takes, and
// free it again.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { cacheAvailable, forgetAll, keep, storageUsed } from '../api/articles-cache';

type State =
  | { name: 'idle' }
  | { name: 'keeping'; done: number; total: number }
  | { name: 'kept'; kept: number; failed: number }
  | { name: 'freed' }
  | { name: 'failed'; quota: boolean };

const megabytes = (bytes: number, lang: string) =>
  new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: bytes < 10e6 ? 1 : 0,
  }).format(bytes / 1e6);

const never = () => () => {};

interface Props {
  /** How many articles the collection holds. */
  articles: number;
  /** Every file the collection needs offline (its index and each article), listed when asked. */
  files: () => Promise<string[]>;
}

export function OfflineStorage({ articles, files }: Props) {
  const { t, i18n } = useTranslation();
  // Rendered at build without the Cache API, so nothing there: hydrate as that page was (a section
  // where the HTML has none fails hydration), then show the section.
  const available = useSyncExternalStore(never, cacheAvailable, () => false);
  const [state, setState] = useState<State>({ name: 'idle' });
  const [used, setUsed] = useState<{ usage: number; quota: number } | null>(null);
  useEffect(() => {
    if (state.name !== 'keeping') void storageUsed().then(setUsed);
  }, [state.name]);
  if (!available) return null;

  const keepAll = async () => {
    setState({ name: 'keeping', done: 0, total: articles });
    try {
      const urls = await files();
      const result = await keep(urls, (done) =>
        setState({ name: 'keeping', done, total: urls.length }),
      );
      setState({ name: 'kept', ...result });
    } catch (err) {
      setState({ name: 'failed', quota: (err as Error).name === 'QuotaExceededError' });
    }
  };
  const free = async () => {
    await forgetAll();
    setState({ name: 'freed' });
  };

  return (
    <section className="offline-storage" aria-labelledby="offline-title">
      <h2 id="offline-title">{t('offline.title')}</h2>
      {used && (
        <p className="muted">
          {t('offline.used', {
            used: megabytes(used.usage, i18n.language),
            quota: megabytes(used.quota, i18n.language),
          })}
        </p>
      )}
      <p>
        <button type="button" disabled={state.name === 'keeping'} onClick={() => void keepAll()}>
          {t('offline.keepAll', { count: articles })}
        </button>{' '}
        <button type="button" disabled={state.name === 'keeping'} onClick={() => void free()}>
          {t('offline.free')}
        </button>
      </p>
      <p role="status">
        {state.name === 'keeping' && t('offline.keeping', { done: state.done, total: state.total })}
        {state.name === 'kept' &&
          (state.failed
            ? t('offline.keptSome', { count: state.kept, failed: state.failed })
            : t('offline.keptAll'))}
        {state.name === 'freed' && t('offline.freed')}
      </p>
      {state.name === 'failed' && (
        <p role="alert">{state.quota ? t('offline.quota') : t('offline.keepFailed')}</p>
      )}
    </section>
  );
}
