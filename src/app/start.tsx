// Starts the app in #root. A page pre-rendered at build (scripts/vite/prerender.ts) for this very URL
// is hydrated: React adopts the HTML already on screen instead of painting it again. Any other page
// (the shell, or a pre-rendered page served for another URL) is rendered afresh.
import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import i18n, { i18nReady, preloadLanguages, PRERENDERED_LANGUAGE } from '@/i18n';
import { changeLanguageInBackground } from '@/i18n/use-translation';
import { setAdoptingPrerenderedHtml } from '@/components/ui/adopting';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { createRouter } from './router';

type Router = ReturnType<typeof createRouter>;

/** The HTML in `root` was rendered for this URL: same path, and no query other than `?lang=`. */
export function isPrerenderedFor(root: HTMLElement, location: Location): boolean {
  const query = new URLSearchParams(location.search);
  query.delete('lang');
  return root.dataset.prerendered === location.pathname && query.size === 0;
}

/** Resolves when the router has run the loaders of the first page (and loaded its lazy route). */
function initialized(router: Router): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve();
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}

/**
 * Lets the browser run what is waiting (input, a frame) before the next step of the start: each step
 * (the strings, the router and its loaders, hydration) is then a task of its own, none of them long
 * enough on a phone to hold up a tap, instead of one task that runs them all.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `then` once, after the whole tree has committed (a parent's effects run after its children's). */
function AfterCommit({ then, children }: { then: () => void; children: ReactNode }) {
  useEffect(then, [then]);
  return children;
}

export async function startApp(root: HTMLElement): Promise<void> {
  // A reader in English waits for that one chunk, so that no string key ever shows.
  await i18nReady;
  await nextTask();
  const client = createQueryClient();
  const router = createRouter(client);
  const app = (
    <StrictMode>
      <Providers client={client}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>
  );
  // Then the other language is fetched in the background, so that the switch is instant.
  const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
  later(() => void preloadLanguages());
  if (!isPrerenderedFor(root, window.location)) {
    createRoot(root).render(app);
    return;
  }
  // The HTML is in Vietnamese: hydrate in Vietnamese with the loaders' data in hand (the same render
  // as at build), then switch to the reader's language, which re-renders only what is translated.
  const language = i18n.language;
  await Promise.all([i18n.changeLanguage(PRERENDERED_LANGUAGE), initialized(router)]);
  // A reader who picks a language while the page hydrates has chosen: that choice is kept.
  let chosen = false;
  const onChoice = () => void (chosen = true);
  i18n.on('languageChanged', onChoice);
  const toReaderLanguage = () => {
    i18n.off('languageChanged', onChoice);
    if (!chosen) void changeLanguageInBackground(language);
  };
  const hydrated = () => {
    setAdoptingPrerenderedHtml(false);
    toReaderLanguage();
  };
  // A file that failed to load since the build (damaged, gone, offline and not kept) makes another
  // page than the HTML: that page is rendered in its place rather than hydrated against it.
  const failed = client
    .getQueryCache()
    .getAll()
    .some((query) => query.state.status === 'error');
  if (failed) {
    i18n.off('languageChanged', onChoice);
    await i18n.changeLanguage(language);
    createRoot(root).render(app);
    return;
  }
  // As a transition, hydration yields to the browser every few milliseconds (a long article and its
  // sidebar are thousands of nodes) instead of holding the main thread, and a click waits no longer.
  await nextTask();
  setAdoptingPrerenderedHtml(true);
  startTransition(() => {
    hydrateRoot(root, <AfterCommit then={hydrated}>{app}</AfterCommit>);
  });
}
