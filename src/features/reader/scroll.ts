// Scrolling the reader: smooth, unless the reader asked the system for reduced motion.

/** True below 900px, where the sidebar is a drawer and the contents a menu. */
export const isNarrow = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 899px)').matches;

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function scrollToElement(el: Element | null, block: ScrollLogicalPosition = 'start') {
  el?.scrollIntoView?.({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block });
}
