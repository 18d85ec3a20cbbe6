// The element a list scrolls in: the sidebar's column beside the article, or the drawer on a phone.
const documentScroller = () =>
  (document.scrollingElement as HTMLElement | null) ?? document.documentElement;

/** The nearest ancestor that scrolls vertically, or the document's scrolling element. */
export function scrollParent(el: HTMLElement | null): HTMLElement {
  for (let node = el?.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return documentScroller();
}

/**
 * Where `el` starts in the scrolling content of `scroller`, in pixels: a list's place below the
 * filter and the groups above it, which a virtual list needs to know which of its rows are in view.
 */
export function offsetIn(el: HTMLElement, scroller: HTMLElement): number {
  const top = el.getBoundingClientRect().top;
  if (scroller === documentScroller()) return top + window.scrollY;
  return top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}
