// What went wrong with a file of the library, said plainly: missing, damaged (and where), or the
// network (with Retry). Bad entries are listed one by one; the good ones are shown regardless.
import { useTranslation } from '@/i18n/use-translation';
import { LoadError } from '@/article/fetch-json';
import type { BadEntry } from '@/collection/check';

export function LoadProblem({
  error,
  what,
  onRetry,
}: {
  error: Error;
  /** Which file. */
  what: 'index' | 'page' | 'search' | 'people' | 'person';
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const failure = error instanceof LoadError ? error.failure : null;
  const subject = t(`library.file.${what}`);
  const message =
    failure?.kind === 'missing'
      ? t('library.problem.missing', { subject })
      : failure?.kind === 'damaged'
        ? t('library.problem.damaged', {
            subject,
            problem: failure.problems
              .slice(0, 3)
              .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
              .join('; '),
          })
        : // Offline, a file that cannot be fetched is one that was not kept on this device.
          typeof navigator !== 'undefined' && navigator.onLine === false
          ? t('offline.libraryNotKept', { subject })
          : t('library.problem.network', { subject });
  return (
    <div role="alert" className="notice">
      <p>{message}</p>
      {failure?.kind !== 'missing' && failure?.kind !== 'damaged' && onRetry && (
        <button type="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}

export function BadEntries({ bad }: { bad: (BadEntry & { page?: number })[] }) {
  const { t } = useTranslation();
  if (bad.length === 0) return null;
  return (
    <div role="status" className="notice">
      <p>{t('library.badEntries', { count: bad.length })}</p>
      <ul>
        {bad.slice(0, 10).map((b) => (
          <li key={`${b.page ?? 0}-${b.index}`}>
            {t('library.badEntry', {
              place: b.page
                ? t('library.placeInPage', { n: b.index + 1, page: b.page })
                : b.index + 1,
              name: b.name ?? '—',
              problem: b.problem,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
