// The article's clickable references (reader-refs.tsx), built so that a huge article's first screen
// does not wait for all of them: the blocks of the first chunk before the first paint, the rest when the
// browser is idle. The first chunk keeps its arrays, so that its blocks are not rendered again.
import { startTransition, useEffect, useState, type RefObject } from 'react';
import type { Article } from '@/article/schema';
import type { Selection } from '@/article/selection';
import { adoptingPrerenderedHtml } from '@/components/ui/adopting';
import type { Ref } from '@/components/ui/highlighted-text';
import { whenIdle } from '@/components/ui/when-idle';
import { buildRefs } from '../reader-refs';

/** Below this many places, all references are built at once (a few milliseconds at most). */
const FEW_PLACES = 2000;
/** Places per idle slice, on average: each slice takes a few milliseconds. */
const PLACES_PER_SLICE = 2000;

function placeCount(article: Article): number {
  const { people, directives, awards } = article.entities;
  let n = directives.length;
  for (const p of people) {
    n += p.mentions.length;
    for (const r of p.roles) n += r.mentions.length;
  }
  for (const a of awards) n += a.mentions.length;
  return n;
}

interface Built {
  article: Article;
  refs: Map<number, Ref[]>;
  complete: boolean;
}

/**
 * References per block index, for `article`; `firstBlocks` is how many blocks the first screen shows.
 * `select` holds the latest selection handler, so that the references stay the same objects across
 * selections and language switches.
 */
export function useArticleRefs(
  article: Article,
  firstBlocks: number,
  select: RefObject<(next: Selection | null) => void>,
): Map<number, Ref[]> {
  const build = (from: number, to?: number) =>
    buildRefs(article, (next) => select.current(next), from, to);
  const initial = (): Built =>
    // A pre-rendered page holds every reference already, and hydration must find them all.
    adoptingPrerenderedHtml() || placeCount(article) < FEW_PLACES
      ? { article, refs: build(0), complete: true }
      : { article, refs: build(0, firstBlocks), complete: false };
  const [built, setBuilt] = useState(initial);
  // Another article (the page is normally keyed by it, but the data may be refetched).
  let current = built;
  if (built.article !== article) {
    current = initial();
    setBuilt(current);
  }

  // The rest in slices of blocks, one per idle moment, each applied as a transition: React renders it
  // in slices too, and commits only the chunks of that slice's blocks, so that none of it is a long
  // task while the reader scrolls.
  const { complete } = current;
  useEffect(() => {
    if (complete) return;
    const total = article.blocks.length;
    const span = Math.max(1, Math.ceil((total * PLACES_PER_SLICE) / placeCount(article)));
    const refs = new Map(current.refs);
    let from = firstBlocks;
    let cancel = () => {};
    const slice = () => {
      for (const [block, list] of build(from, from + span)) refs.set(block, list);
      from += span;
      const done = from >= total;
      startTransition(() => setBuilt({ article, refs: new Map(refs), complete: done }));
      if (!done) cancel = whenIdle(slice);
    };
    cancel = whenIdle(slice);
    return () => cancel();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article, complete]);
  return current.refs;
}
