// The glossary is only needed in English, so it is loaded then, not with the reader's first paint.
import { startTransition, useCallback, useEffect, useState } from 'react';

type GlossTerm = (vietnamese: string) => string | null;

let loaded: GlossTerm | null = null;

// A long article names the same few titles thousands of times: each is glossed once.
const cache = new Map<string, string | null>();
function cached(glossTerm: GlossTerm, vi: string): string | null {
  let g = cache.get(vi);
  if (g === undefined) cache.set(vi, (g = glossTerm(vi)));
  return g;
}

/** A gloss function for the current language: null for every term until (and unless) it is English. */
export function useGloss(english: boolean): GlossTerm {
  const [glossTerm, setGlossTerm] = useState<GlossTerm | null>(() => loaded);
  useEffect(() => {
    if (!english || glossTerm) return;
    let live = true;
    import('./index')
      .then((m) => {
        loaded = m.glossTerm;
        // Every title in the sidebar is glossed again: as a transition, React renders the rows a
        // few at a time and lets the browser answer a tap between them (one task of 100 ms on a phone).
        if (live) startTransition(() => setGlossTerm(() => m.glossTerm));
      })
      // A chunk that cannot load (offline before it was cached) leaves every term in Vietnamese,
      // which is what the reader sees for any term without a gloss; the next mount tries again.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [english, glossTerm]);
  return useCallback(
    (vi: string) => (english && glossTerm ? cached(glossTerm, vi) : null),
    [english, glossTerm],
  );
}
