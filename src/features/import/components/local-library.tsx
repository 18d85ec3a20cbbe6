// The reader's own articles on the library page, with export and delete.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'react-router';
import { localListQuery } from '../api/local-queries';
import { downloadArticle } from '../api/download-json';
import { deleteLocal, StorageUnavailableError } from '../api/local-store';

export function LocalLibrary() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { data, isError, error } = useQuery(localListQuery());
  const [failed, setFailed] = useState(false);
  const remove = async (slug: string) => {
    try {
      await deleteLocal(slug);
      setFailed(false);
    } catch {
      setFailed(true);
    }
    await client.invalidateQueries({ queryKey: localListQuery().queryKey });
  };
  return (
    <section aria-labelledby="local-title" className="local-library">
      <h2 id="local-title">{t('localLibrary.title')}</h2>
      <p>
        <Link to="/import">{t('localLibrary.import')}</Link>
      </p>
      {isError && error instanceof StorageUnavailableError ? (
        <p className="muted">{t('localLibrary.unavailable')}</p>
      ) : (
        (isError || failed) && <p role="alert">{t('localLibrary.error')}</p>
      )}
      {data && data.length === 0 && <p className="muted">{t('localLibrary.empty')}</p>}
      {data && data.length > 0 && (
        <ul className="library-list">
          {data.map((entry) => (
            <li key={entry.slug} className="card">
              <h3 lang="vi">
                <Link to={`/mine/${entry.slug}`}>{entry.article.title}</Link>
              </h3>
              <p className="muted">
                {t('library.counts', {
                  people: t('format.people', { count: entry.article.entities.people.length }),
                  directives: t('format.directives', {
                    count: entry.article.entities.directives.length,
                  }),
                  awards: t('format.awards', { count: entry.article.entities.awards.length }),
                })}
              </p>
              <button
                type="button"
                onClick={() => downloadArticle(entry.article)}
                aria-label={t('localLibrary.exportOne', { title: entry.article.title })}
              >
                {t('localLibrary.export')}
              </button>{' '}
              <button
                type="button"
                onClick={() => void remove(entry.slug)}
                aria-label={t('localLibrary.deleteOne', { title: entry.article.title })}
              >
                {t('localLibrary.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
