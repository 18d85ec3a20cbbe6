// The reader page composes three features: the article (reader), its contents (toc) and its sidebar
// (entities), with the selection kept in the URL.
import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useLocation, useNavigate } from 'react-router';
import type { Article } from '@/article/schema';
import type { Selection } from '@/article/selection';
import { AdoptingSuspense } from '@/components/ui/adopting-suspense';
import { Drawer } from '@/components/ui/drawer';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { Icon } from '@/components/ui/icon';
import { useGrowingCount } from '@/components/ui/use-growing-count';
import { whenIdle } from '@/components/ui/when-idle';
// The sidebar, the help dialog and the print appendix load lazily: their features say so.
import { EntitySidebar, glossedTerms, PlaceStepper } from '@/features/entities';
import { KeepArticle } from '@/features/offline';
import {
  ArticleView,
  CHUNK,
  GlossContext,
  GlossStore,
  HelpDialog,
  isNarrow,
  loadedPrintAppendix,
  loadPrintAppendix,
  ReadingProgress,
  scrollToElement,
  usePrinting,
  useArticleRefs,
  useReaderSelection,
  useShortcuts,
} from '@/features/reader';
import { Toc, useActiveSection } from '@/features/toc';
import { prepareGloss, useGloss } from '@/i18n/glossary/use-gloss';
import './reader-layout.css';

/** Blocks per background step: about 200,000 characters of text, at least a chunk, at most 2,000. */
function growthStep(article: Article): number {
  const chars = article.blocks.reduce((n, b) => n + b.text.length, 0);
  const perBlock = chars / Math.max(1, article.blocks.length);
  return Math.max(CHUNK, Math.min(2000, Math.floor(200_000 / Math.max(1, perBlock))));
}

/** `keepUrl`: the article's file, for "Keep for offline" (an article imported into the browser has none). */
export function ReaderPage({ article, keepUrl }: { article: Article; keepUrl?: string }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [tocOpen, setTocOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const english = i18n.language.startsWith('en');
  const gloss = useGloss(english);
  // In Vietnamese, the English of the article's terms is prepared when idle, for a first switch.
  useEffect(
    () => (english ? undefined : prepareGloss(() => glossedTerms(article)).cancel),
    [english, article],
  );
  const [glossStore] = useState(() => new GlossStore());
  useLayoutEffect(
    () => glossStore.set(gloss, document.getElementById('main')),
    [glossStore, gloss],
  );
  const printing = usePrinting();
  useEffect(() => whenIdle(() => void loadPrintAppendix()), []);
  const Appendix = printing ? loadedPrintAppendix() : null;

  useEffect(() => {
    document.title = `${article.title} — docbao`;
  }, [article.title]);

  // A long article paints its first chunk at once and the rest in the background.
  const growBy = useMemo(() => growthStep(article), [article]);
  const { shown, reveal } = useGrowingCount(article.blocks.length, CHUNK, growBy);
  const {
    selection,
    select: setSelection,
    name,
    marks,
    step,
    moveStep,
  } = useReaderSelection(article, shown, reveal);
  const select = useCallback(
    (next: Selection | null) => {
      setSelection(next);
      // On a phone the drawer covers the text: close it so the marks can be seen.
      if (next && isNarrow()) setDrawerOpen(false);
    },
    [setSelection],
  );
  // The references hold the latest `select` without depending on it, so that they (and every block)
  // stay the same object across selections and language switches.
  const latestSelect = useRef(select);
  useEffect(() => {
    latestSelect.current = select;
  }, [select]);
  const refs = useArticleRefs(article, CHUNK, latestSelect);

  // A hash in the URL (a deep link, Back or Forward) opens at that section.
  const hashId = decodeURIComponent(location.hash.slice(1));
  const hashBlock = article.sections.find((s) => s.id === hashId)?.headingBlock ?? -1;
  const hashRendered = hashBlock < shown;
  useEffect(() => {
    if (!hashId) return;
    if (!hashRendered) return reveal(hashBlock);
    const el = document.getElementById(hashId);
    if (el) {
      scrollToElement(el);
      (el.matches('h2') ? el : document.getElementById('article-title'))?.focus({
        preventScroll: true,
      });
    }
  }, [hashId, hashBlock, hashRendered, reveal, location.key]);

  const sectionIds = useMemo(() => article.sections.map((s) => s.id), [article.sections]);
  const active = useActiveSection(sectionIds, shown);
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
        {keepUrl && (
          <Suspense fallback={null}>
            <KeepArticle url={keepUrl} />
          </Suspense>
        )}
        {name && (
          <PlaceStepper name={name} step={step} onStep={moveStep} onClear={() => select(null)} />
        )}
      </div>
      <div className="toc-panel" id="toc-panel" data-open={tocOpen} inert={behind}>
        <Toc sections={article.sections} active={active} onGo={goTo} />
      </div>
      <main id="main" className="reader-main" tabIndex={-1} inert={behind}>
        <ReadingProgress />
        <GlossContext value={glossStore}>
          <ArticleView article={article} marks={marks} refs={refs} shown={shown} />
        </GlossContext>
        {Appendix && <Appendix article={article} />}
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
          {/* Hydrated when its code comes, maybe after a switch of language: it adopts its HTML. */}
          <AdoptingSuspense fallback={<p className="muted">{t('entities.loading')}</p>}>
            <EntitySidebar
              article={article}
              selection={selection}
              onSelect={select}
              gloss={gloss}
            />
          </AdoptingSuspense>
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
