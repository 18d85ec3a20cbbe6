// The glossary is only needed in English, so it is loaded when English is on (issue 11: it stays out
// of the Vietnamese reader's download), never with the reader's first paint. Once it has been loaded
// in this visit, a reader back in Vietnamese has the next article's terms glossed when the browser is
// idle (prepareGloss), so that switching to English again finds them ready instead of composing every
// title in the switch's own frames.
import { startTransition, useCallback, useEffect, useState } from 'react';
import { afterNextPaint } from '@/components/ui/after-next-paint';
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

let loading: Promise<GlossTerm> | null = null;

/**
 * Loads the glossary's chunk (once; again after a failure). Called when English comes on, and before,
 * when the reader shows an intent to switch (a pointer on "EN", or focus): the chunk is then usually
 * there by the click, and the first English frame glosses the titles.
 */
export function loadGlossary(): Promise<GlossTerm> {
  loading ??= import('./index').then(
    (m) => (loaded = m.glossTerm),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** A gloss function for the current language: null for every term until (and unless) it is English. */
export function useGloss(english: boolean): GlossTerm {
  const [glossTerm, setGlossTerm] = useState<GlossTerm | null>(() => loaded);
  // Loaded since this component mounted (English came on elsewhere): used at once, without waiting.
  const ready = glossTerm ?? loaded;
  useEffect(() => {
    if (!english || ready) return;
    let live = true;
    // Once the switch is painted: the effects of a click run before its frame, and asking for a chunk
    // (its <link rel=modulepreload> put in the page) took 7-9 ms of a switch's 40.
    const cancel = afterNextPaint(() =>
      loadGlossary()
        .then((glossTerm) => {
          // Every title in the sidebar is glossed again: as a transition, React renders the rows a
          // few at a time and lets the browser answer a tap between them (one task of 100 ms on a
          // phone).
          if (live) startTransition(() => setGlossTerm(() => glossTerm));
        })
        // A chunk that cannot load (offline before it was cached) leaves every term in Vietnamese,
        // which is what the reader sees for any term without a gloss; the next mount tries again.
        .catch(() => undefined),
    );
    return () => {
      live = false;
      cancel();
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
 * When the browser is idle, glosses `terms()` with the glossary already loaded, a few per idle moment;
 * nothing when English has not been on yet (the glossary is not downloaded for that). `done` resolves
 * when all are glossed; `cancel` stops (the work done is kept).
 */
export function prepareGloss(terms: () => Iterable<string>): {
  done: Promise<void>;
  cancel: () => void;
} {
  let live = true;
  let cancelIdle = () => {};
  const glossary = loaded;
  const done = new Promise<void>((resolve) => {
    if (!glossary) return resolve();
    const queue = [...new Set(terms())];
    let next = 0;
    const step = () => {
      const until = performance.now() + SLICE_MS;
      while (next < queue.length && performance.now() < until) cached(glossary, queue[next++]!);
      if (next < queue.length && live) cancelIdle = whenIdle(step);
      else resolve();
    };
    cancelIdle = whenIdle(step);
  });
  return {
    done,
    cancel: () => {
      live = false;
      cancelIdle();
    },
  };
}
