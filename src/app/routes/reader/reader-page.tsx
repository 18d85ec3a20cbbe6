// The reader page composes three features: the article (reader), its contents (toc) and its sidebar
// (entities), with the selection kept in the URL.
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Article } from '@/article/schema';
import type { Selection } from '@/article/selection';
import { Drawer } from '@/components/ui/drawer';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { Icon } from '@/components/ui/icon';
// The sidebar, the help dialog and the print appendix load lazily: their features say so.
import { EntitySidebar, PlaceStepper } from '@/features/entities';
import {
  ArticleView,
  buildRefs,
  HelpDialog,
  isNarrow,
  PrintAppendix,
  ReadingProgress,
  scrollToElement,
  useReaderSelection,
  useShortcuts,
} from '@/features/reader';
import { Toc, useActiveSection } from '@/features/toc';
import { useGloss } from '@/i18n/glossary/use-gloss';
import './reader-layout.css';

export function ReaderPage({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [tocOpen, setTocOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const english = i18n.language.startsWith('en');
  const gloss = useGloss(english);

  useEffect(() => {
    document.title = `${article.title} — docbao`;
  }, [article.title]);

  const {
    selection,
    select: setSelection,
    name,
    marks,
    step,
    moveStep,
  } = useReaderSelection(article);
  const select = useCallback(
    (next: Selection | null) => {
      setSelection(next);
      // On a phone the drawer covers the text: close it so the marks can be seen.
      if (next && isNarrow()) setDrawerOpen(false);
    },
    [setSelection],
  );
  const refs = useMemo(() => buildRefs(article, select, gloss), [article, select, gloss]);

  // A hash in the URL (a deep link, Back or Forward) opens at that section.
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const el = document.getElementById(id);
    if (el) {
      scrollToElement(el);
      (el.matches('h2') ? el : document.getElementById('article-title'))?.focus({
        preventScroll: true,
      });
    }
  }, [location.hash, location.key]);

  const sectionIds = useMemo(() => article.sections.map((s) => s.id), [article.sections]);
  const active = useActiveSection(sectionIds);
  const goTo = useCallback(
    (id: string) => {
      setTocOpen(false);
      navigate({ search: location.search, hash: `#${id}` });
    },
    [navigate, location.search],
  );
  const moveSection = (delta: number) => {
    const at = Math.max(0, sectionIds.indexOf(active ?? ''));
    const next = sectionIds[Math.min(sectionIds.length - 1, Math.max(0, at + delta))];
    if (next) goTo(next);
  };
  const toggleRef = useRef<HTMLButtonElement>(null);
  // The help dialog leaves the page when closed: focus goes back to where it was.
  const beforeHelp = useRef<HTMLElement | null>(null);
  const openHelp = () => {
    beforeHelp.current = document.activeElement as HTMLElement | null;
    setHelpOpen(true);
  };
  const closeHelp = () => {
    setHelpOpen(false);
    beforeHelp.current?.focus();
  };

  useShortcuts({
    j: () => moveSection(1),
    k: () => moveSection(-1),
    // On a phone the drawer opens and closes; beside the article, focus goes to its filter.
    s: () =>
      isNarrow()
        ? setDrawerOpen((o) => !o)
        : document.querySelector<HTMLElement>('#entities-panel input')?.focus(),
    ']': () => moveStep(1),
    '[': () => moveStep(-1),
    '?': openHelp,
    Escape: () => {
      if (helpOpen) closeHelp();
      else if (drawerOpen) setDrawerOpen(false);
      else if (selection) select(null);
    },
  });

  const counts =
    article.entities.people.length +
    article.entities.directives.length +
    article.entities.awards.length;

  // While the phone drawer is open, the page behind it is out of reach for keyboards and screen readers.
  const behind = drawerOpen && isNarrow();

  return (
    <div className="reader">
      <div className="reader-tools" inert={behind}>
        <button
          type="button"
          className="tool toc-toggle"
          aria-expanded={tocOpen}
          aria-controls="toc-panel"
          onClick={() => setTocOpen((o) => !o)}
        >
          <Icon name="menu" /> {t('toc.open')}
        </button>
        <button
          ref={toggleRef}
          type="button"
          className="tool drawer-toggle"
          aria-expanded={drawerOpen}
          aria-controls="entities-panel"
          onClick={() => setDrawerOpen(true)}
        >
          <Icon name="people" /> {t('entities.open')} <span className="count">{counts}</span>
        </button>
        <button type="button" className="tool" aria-haspopup="dialog" onClick={openHelp}>
          <Icon name="keyboard" /> <span className="tool-label">{t('shortcuts.open')}</span>
        </button>
        {name && (
          <PlaceStepper name={name} step={step} onStep={moveStep} onClear={() => select(null)} />
        )}
      </div>
      <div className="toc-panel" id="toc-panel" data-open={tocOpen} inert={behind}>
        <Toc sections={article.sections} active={active} onGo={goTo} />
      </div>
      <main id="main" className="reader-main" tabIndex={-1} inert={behind}>
        <ReadingProgress />
        <ArticleView article={article} marks={marks} refs={refs} />
        <Suspense fallback={null}>
          <PrintAppendix article={article} />
        </Suspense>
      </main>
      <Drawer
        id="entities-panel"
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        returnFocus={toggleRef}
        label={t('entities.label')}
        closeLabel={t('entities.close')}
      >
        <ErrorBoundary fallback={<p role="alert">{t('errors.sidebar')}</p>}>
          <Suspense fallback={<p className="muted">{t('entities.loading')}</p>}>
            <EntitySidebar
              article={article}
              selection={selection}
              onSelect={select}
              gloss={gloss}
            />
          </Suspense>
        </ErrorBoundary>
      </Drawer>
      {helpOpen && (
        <Suspense fallback={null}>
          <HelpDialog open={helpOpen} onClose={closeHelp} />
        </Suspense>
      )}
    </div>
  );
}
