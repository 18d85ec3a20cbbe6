// Export of the current results (search and filters) for analysis: CSV or JSON Lines, one row per
// person, directive and award, with the article's slug, title, date and source.
import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { Article } from '@/article/schema';
import { toCsv, toJsonLines } from '@/collection/export';
import type { Entry } from '@/collection/schema';
import { exportRows } from '../api/export-rows';

type Format = 'csv' | 'jsonl';

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButtons({
  entries,
  local,
  disabled,
}: {
  entries: Entry[];
  local: Article[];
  /** While the results are still coming: kept in place (the page does not shift), not usable. */
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'busy'; done: number } | { kind: 'done'; failed: number }
  >({ kind: 'idle' });
  const run = async (format: Format) => {
    setState({ kind: 'busy', done: 0 });
    const { rows, failed } = await exportRows(entries, local, (done) =>
      setState({ kind: 'busy', done }),
    );
    if (format === 'csv') download('docbao-export.csv', toCsv(rows), 'text/csv;charset=utf-8');
    else download('docbao-export.jsonl', toJsonLines(rows), 'application/x-ndjson');
    setState({ kind: 'done', failed: failed.length });
  };
  if (entries.length === 0) return null;
  const busy = disabled || state.kind === 'busy';
  return (
    <div className="library-export" role="group" aria-label={t('library.export.label')}>
      <button type="button" disabled={busy} onClick={() => void run('csv')}>
        {t('library.export.csv')}
      </button>
      <button type="button" disabled={busy} onClick={() => void run('jsonl')}>
        {t('library.export.jsonl')}
      </button>
      <span role="status" className="muted">
        {state.kind === 'busy' &&
          t('library.export.progress', { done: state.done, total: entries.length })}
        {state.kind === 'done' &&
          state.failed > 0 &&
          t('library.export.failed', { count: state.failed })}
      </span>
    </div>
  );
}
