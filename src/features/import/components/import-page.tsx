// /import: paste text, or drop or choose a .txt, a saved news page (.html) or an article .json.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useNavigate } from 'react-router';
import { InputFailure, problemMessage } from '@/input';
import { localArticleQuery, localListQuery } from '../api/local-queries';
import { saveLocal, StorageFullError, StorageUnavailableError } from '../api/local-store';
import type { UnsavedReason } from './unsaved-notice';
import { articleFromInput, asLocalCopy, type Input, type Stage } from '../api/read-input';

export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [stage, setStage] = useState<Stage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const describe = (err: unknown): string => {
    if (err instanceof InputFailure) {
      const { key, values } = problemMessage(err.problem);
      // Every problem key exists in both locale files (ProblemKey is built from the codes); typed
      // i18next cannot check a union of keys with different placeholders in one call.
      return (t as (key: string, values: object) => string)(key, values);
    }
    return t('import.errors.failed', { message: err instanceof Error ? err.message : String(err) });
  };

  const run = async (input: Input) => {
    setError(null);
    try {
      const article = asLocalCopy(await articleFromInput(input, setStage));
      setStage('saving');
      let unsaved: UnsavedReason | undefined;
      try {
        await saveLocal(article);
      } catch (err) {
        // Reading worked; only keeping failed. The article is still shown, with a way to download it.
        if (err instanceof StorageUnavailableError) unsaved = 'unavailable';
        else if (err instanceof StorageFullError) unsaved = 'full';
        else throw err;
        client.setQueryData(localArticleQuery(article.slug).queryKey, article);
      }
      await client.invalidateQueries({ queryKey: localListQuery().queryKey });
      navigate(`/mine/${article.slug}`, unsaved ? { state: { unsaved } } : undefined);
    } catch (err) {
      setError(describe(err));
    } finally {
      setStage(null);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void run({ kind: 'file', file });
  };

  const busy = stage !== null;
  return (
    <main id="main" className="page import" tabIndex={-1}>
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <p className="notice">{t('import.private')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run({ kind: 'text', text });
        }}
      >
        <label htmlFor="import-text">{t('import.pasteLabel')}</label>
        <textarea
          id="import-text"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('import.pastePlaceholder')}
        />
        <button type="submit" disabled={busy}>
          {t('import.read')}
        </button>
      </form>
      <div
        className={dragging ? 'dropzone dragging' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="import-file">{t('import.fileLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept=".txt,.html,.htm,.json,text/plain,text/html,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run({ kind: 'file', file });
          }}
        />
        <p className="muted">{t('import.dropHint')}</p>
      </div>
      <div aria-live="polite">
        {busy && (
          <p>
            <progress aria-label={t('import.progress')} /> {t(`import.stage.${stage}`)}
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
    </main>
  );
}
