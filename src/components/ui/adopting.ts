// Whether a render adopts HTML that was pre-rendered at build: on the server (which writes that HTML),
// and in the browser while React hydrates it. Hydration does not end at one moment for the whole page:
// the root's render adopts what its code is there for, and a part whose code comes later (the sidebar,
// behind a lazy import and <AdoptingSuspense>) keeps its HTML as it was until its own code has come.
// So each such part has its own Adoption, read from context, and the root's is the default.
//
// A component that renders differently in the browser used to learn this from useSyncExternalStore's
// server snapshot; but when the browser's snapshot differs, React re-renders that component right after
// hydration in a synchronous pass, and a synchronous pass that reaches a part still waiting for its
// code (the sidebar's chunk) throws that part's HTML away and renders it again from scratch: one long
// task of 100 ms or more on a phone, just after the page became usable.
import { createContext, use } from 'react';

/** Whether the HTML of one part of the page is still being adopted (read in a useState initializer). */
export interface Adoption {
  adopting: boolean;
}

const root: Adoption = { adopting: typeof document === 'undefined' };

export const AdoptionContext = createContext<Adoption>(root);

/** The adoption of the part of the page this component is in (the root's, or a late part's). */
export const useAdoption = (): Adoption => use(AdoptionContext);

/** True while the root's render adopts pre-rendered HTML (read it in a useState initializer). */
export const adoptingPrerenderedHtml = (): boolean => root.adopting;

/** Called by the app's start around hydrateRoot: true before it, false once its render committed. */
export function setAdoptingPrerenderedHtml(value: boolean): void {
  root.adopting = value;
}
