// The selected person, directive or award, kept in the URL (`?person=<id>`) so that a link opens with
// it and Back and Forward move between selections; its places in the text, the current one of them,
// and the marks the article draws for them.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Article } from '@/article/schema';
import { placesOf, selectionFromParams, type Selection } from '@/article/selection';
import type { Mark } from '@/components/ui/highlighted-text';
import { scrollToElement } from '../scroll';

/** A short name for the selected item: the person's or award's name, the directive's cue. */
export function selectedName(article: Article, selection: Selection | null): string | null {
  const { people, directives, awards } = article.entities;
  if (selection?.kind === 'person') return people.find((p) => p.id === selection.id)?.name ?? null;
  if (selection?.kind === 'award') return awards.find((a) => a.id === selection.id)?.name ?? null;
  if (selection?.kind === 'directive')
    return directives.find((d) => d.id === selection.id)?.cue ?? null;
  return null;
}

/**
 * `shown` is how many blocks are rendered; `reveal` renders up to a block, so that a step to a place
 * further down than the article has rendered yet still lands on it.
 */
export function useReaderSelection(
  article: Article,
  shown = Infinity,
  reveal: (block: number) => void = () => {},
) {
  const [params, setParams] = useSearchParams();
  const found = selectionFromParams(params);
  const key = found ? `${found.kind}:${found.id}` : '';
  // One object per selection, so that memos below change only when the selection does.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const selection = useMemo(() => found, [key]);
  // The step belongs to a selection: a new one (from the sidebar, the text, Back) starts at its first.
  const [stepOf, setStepOf] = useState({ key, step: 0 });

  const select = useCallback(
    (next: Selection | null) =>
      setParams(next ? { [next.kind]: next.id } : {}, { preventScrollReset: true }),
    [setParams],
  );

  const places = useMemo(() => placesOf(article, selection), [article, selection]);
  const step = stepOf.key === key ? stepOf.step : 0;
  const current = places.length ? Math.min(step, places.length - 1) : 0;
  const moveStep = (delta: number) => {
    if (places.length) setStepOf({ key, step: (current + delta + places.length) % places.length });
  };

  // The marks of every place, per block; a step then replaces the arrays of the one or two blocks
  // whose current mark changes, and every other block keeps its array and is not re-rendered.
  const allMarks = useMemo(() => {
    const byBlock = new Map<number, Mark[]>();
    for (const p of places) {
      const list = byBlock.get(p.block) ?? [];
      list.push({ start: p.start, end: p.end, entity: selection?.kind, id: selection?.id });
      byBlock.set(p.block, list);
    }
    return byBlock;
  }, [places, selection]);
  const currentPlace = places[current];
  const marks = useMemo(() => {
    if (!currentPlace) return allMarks;
    const byBlock = new Map(allMarks);
    const list = allMarks.get(currentPlace.block) ?? [];
    byBlock.set(
      currentPlace.block,
      list.map((m) => (m.start === currentPlace.start ? { ...m, current: true } : m)),
    );
    return byBlock;
  }, [allMarks, currentPlace]);

  // Bring the current place into view whenever the selection or the step changes.
  const place = places[current];
  const placeKey = place ? `${place.block}:${place.start}` : '';
  const rendered = place ? place.block < shown : true;
  useEffect(() => {
    if (!placeKey) return;
    const [block, start] = placeKey.split(':');
    if (!rendered) return reveal(Number(block));
    scrollToElement(
      document.querySelector(`mark[data-block="${block}"][data-start="${start}"]`),
      'center',
    );
  }, [placeKey, rendered, reveal]);

  return {
    selection,
    select,
    name: selectedName(article, selection),
    marks,
    step: { index: current, total: places.length },
    moveStep,
  };
}
