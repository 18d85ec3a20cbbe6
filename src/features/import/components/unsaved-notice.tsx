// Above an imported article the browser could not keep: why, and its JSON to download instead.
import { useTranslation } from '@/i18n/use-translation';
import type { Article } from '@/article/schema';
import { downloadArticle } from '../api/download-json';

export type UnsavedReason = 'unavailable' | 'full';

export function UnsavedNotice({ article, reason }: { article: Article; reason: UnsavedReason }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice unsaved-notice">
      <p>{t(reason === 'full' ? 'import.unsaved.full' : 'import.unsaved.unavailable')}</p>
      <button type="button" onClick={() => downloadArticle(article)}>
        {t('import.unsaved.download')}
      </button>
    </div>
  );
}

/** The reason a route was given in its navigation state, if any. */
export function unsavedReason(state: unknown): UnsavedReason | undefined {
  const reason = (state as { unsaved?: unknown } | null)?.unsaved;
  return reason === 'unavailable' || reason === 'full' ? reason : undefined;
}
