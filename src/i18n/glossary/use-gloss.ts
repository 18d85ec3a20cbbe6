// The glossary is only needed in English, so it is not part of the reader's first paint. For a reader
// in Vietnamese it is loaded, and the article's own terms glossed, when the browser is idle after that
// (prepareGloss): a first switch to English then finds them ready instead of loading the module,
// building its tables and composing every title in the switch's own frames (45 of the 75 ms a first
// switch took on the seed).
import { startTransition, useCallback, useEffect, useState } from 'react';
import { whenIdle } from '@/components/ui/when-idle';

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
  // Loaded in the background since this component mounted: used as it is, without waiting for it.
  const ready = glossTerm ?? loaded;
  useEffect(() => {
    if (!english || ready) return;
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
  }, [english, ready]);
  return useCallback(
    (vi: string) => (english && ready ? cached(ready, vi) : null),
    [english, ready],
  );
}

/** Milliseconds of glossing per idle moment: well inside a frame, even on a slow phone. */
const SLICE_MS = 5;

/**
 * When the browser is idle, loads the glossary and glosses `terms()`, a few per idle moment. `done`
 * resolves when all are glossed (or the glossary cannot load); `cancel` stops (the work done is kept).
 */
export function prepareGloss(terms: () => Iterable<string>): {
  done: Promise<void>;
  cancel: () => void;
} {
  let live = true;
  let cancelIdle = () => {};
  const done = new Promise<void>((resolve) => {
    cancelIdle = whenIdle(() => {
      import('./index')
        .then((m) => {
          loaded = m.glossTerm;
          const queue = [...new Set(terms())];
          let next = 0;
          const step = () => {
            const until = performance.now() + SLICE_MS;
            while (next < queue.length && performance.now() < until)
              cached(m.glossTerm, queue[next++]!);
            if (next < queue.length && live) cancelIdle = whenIdle(step);
            else resolve();
          };
          if (live) cancelIdle = whenIdle(step);
        })
        .catch(() => resolve());
    });
  });
  return {
    done,
    cancel: () => {
      live = false;
      cancelIdle();
    },
  };
}
