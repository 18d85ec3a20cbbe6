// The table of contents: every section, the current one marked; a click scrolls to its heading,
// moves focus there and updates the URL hash.
import { useTranslation } from '@/i18n/use-translation';
import type { Section } from '@/article/schema';
import '../toc.css';

export interface TocProps {
  sections: Section[];
  active: string | null;
  onGo: (id: string) => void;
}

export function Toc({ sections, active, onGo }: TocProps) {
  const { t } = useTranslation();
  return (
    <nav className="toc" aria-label={t('toc.label')}>
      <h2 className="toc-title">{t('toc.label')}</h2>
      <ol>
        {sections.map((s) => (
          <li key={s.id}>
            <a
              href={`#${s.id}`}
              aria-current={active === s.id ? 'location' : undefined}
              onClick={(e) => {
                e.preventDefault();
                onGo(s.id);
              }}
            >
              {s.heading ?? t('toc.opening')}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
