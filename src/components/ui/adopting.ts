// Whether the render under way adopts HTML that was pre-rendered at build: on the server (which writes
// that HTML) and in the browser while hydrateRoot adopts it, until that first render commits.
//
// A component that renders differently in the browser used to learn this from useSyncExternalStore's
// server snapshot; but when the browser's snapshot differs, React re-renders that component right after
// hydration in a synchronous pass, and a synchronous pass that reaches a part still waiting for its
// code (the sidebar's chunk) throws that part's HTML away and renders it again from scratch: one long
// task of 100 ms or more on a phone, just after the page became usable.
let adopting = typeof document === 'undefined';

/** True while the render under way adopts pre-rendered HTML (read it in a useState initializer). */
export const adoptingPrerenderedHtml = (): boolean => adopting;

/** Called by the app's start around hydrateRoot: true before it, false once its render committed. */
export function setAdoptingPrerenderedHtml(value: boolean): void {
  adopting = value;
}
