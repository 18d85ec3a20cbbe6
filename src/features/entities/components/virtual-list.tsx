// A list of the sidebar that renders only the rows in and near view once it is long, so that a sidebar
// of 26,000 directives costs what one of fifty does, whether scrolled, filtered or re-rendered by a
// language switch. A short list is rendered whole, as plain markup (and so found by find-in-page), and
// so is every list of a page rendered at build, for readers without JavaScript.
import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { offsetIn, scrollParent } from '../hooks/scroll-parent';

/** Lists up to this long are rendered whole. */
export const WHOLE = 60;

interface Props<T> {
  items: T[];
  keyOf: (item: T) => string;
  /** The content of row `item`'s <li>. */
  row: (item: T) => ReactNode;
  /** A first guess of a row's height in pixels; rows are measured as they render. */
  estimate: number;
  /** A row that stays rendered wherever the list is scrolled (the selected item), or -1. */
  keep: number;
}

/**
 * The scroller's size; a screenful while it has none (not laid out yet, a closed drawer, a test's DOM),
 * so that the first rows and the kept one are there from the start.
 */
function observeRect(
  instance: Virtualizer<HTMLElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height ? rect : { width: rect.width, height: window.innerHeight }),
  );
}

const never = () => () => {};

/**
 * False while the page is rendered at build and while it is hydrated, true once the app runs: a page
 * read without JavaScript has no scroller to measure, so there the list is rendered whole (and hydrated
 * whole, to match), then becomes virtual.
 */
const useRunning = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );

export function VirtualList<T>({ items, keyOf, row, estimate, keep }: Props<T>) {
  const running = useRunning();
  if (items.length <= WHOLE || !running)
    return (
      <ul className="items">
        {items.map((item) => (
          <li key={keyOf(item)}>{row(item)}</li>
        ))}
      </ul>
    );
  return <LongList items={items} keyOf={keyOf} row={row} estimate={estimate} keep={keep} />;
}

function LongList<T>({ items, keyOf, row, estimate, keep }: Props<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  // The focused row and its neighbours stay rendered, so that Tab and Shift+Tab always find the next
  // row, even before the scroll that focusing caused has been seen.
  const [focused, setFocused] = useState(-1);

  useLayoutEffect(() => {
    const list = listRef.current;
    const parent = scrollParent(list);
    if (!list) return;
    setScroller(parent);
    // The list moves down when a group above it grows (its rows measured, a filter typed).
    const measure = () => setMargin(Math.round(offsetIn(list, parent)));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    for (const child of parent.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = new Set(defaultRangeExtractor(range));
      for (const i of [keep, focused - 1, focused, focused + 1])
        if (i >= 0 && i < range.count) indexes.add(i);
      return [...indexes].sort((a, b) => a - b);
    },
    [keep, focused],
  );
  // The same function while the items are the same: a new one makes the list measure every row again.
  const getItemKey = useCallback((i: number) => keyOf(items[i]!), [items, keyOf]);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    overscan: 6,
    scrollMargin: margin,
    getItemKey,
    rangeExtractor,
    observeElementRect: observeRect,
  });

  return (
    <ul
      ref={listRef}
      className="items virtual"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={(e) => {
        const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
        if (li) setFocused(Number(li.dataset.index));
      }}
    >
      {virtualizer.getVirtualItems().map((v) => (
        <li
          key={v.key}
          ref={virtualizer.measureElement}
          data-index={v.index}
          // Assistive technology hears "item 812 of 26,000", not "of the 20 in the page".
          aria-setsize={items.length}
          aria-posinset={v.index + 1}
          style={{ transform: `translateY(${v.start - margin}px)` }}
        >
          {row(items[v.index]!)}
        </li>
      ))}
    </ul>
  );
}
