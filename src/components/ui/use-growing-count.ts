// Long content rendered a slice at a time: the first slice at once, the rest in the background, so
// that the first screen paints quickly and no single task holds the main thread for long.
import { startTransition, useCallback, useEffect, useState } from 'react';
import { adoptingPrerenderedHtml } from './adopting';

export interface GrowingCount {
  /** How many items are rendered now. */
  shown: number;
  /** Renders at least up to item `index` (for a jump or a step to a place further down). */
  reveal: (index: number) => void;
}

/**
 * Counts up from `first` to `total`, `step` items per background task. Each step is a transition, so
 * React yields to input while rendering it; `reveal` jumps ahead at once.
 */
export function useGrowingCount(total: number, first: number, step: number): GrowingCount {
  // A pre-rendered page holds every item, to be read without JavaScript; hydration adopts them all.
  const [shown, setShown] = useState(() =>
    adoptingPrerenderedHtml() ? total : Math.min(total, first),
  );
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(
      () => startTransition(() => setShown((n) => Math.min(total, n + step))),
      0,
    );
    return () => clearTimeout(timer);
  }, [shown, total, step]);
  const reveal = useCallback(
    (index: number) => setShown((n) => (index < n ? n : Math.min(total, index + step))),
    [total, step],
  );
  return { shown: Math.min(shown, total), reveal };
}
