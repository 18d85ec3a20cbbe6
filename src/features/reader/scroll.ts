// Scrolling the reader: smooth, unless the reader asked the system for reduced motion.

/** True below 900px, where the sidebar is a drawer and the contents a menu. */
export const isNarrow = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 899px)').matches;

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Scrolls `el` into view, smoothly over a short distance. A long article jumps instead: a smooth scroll
 * over tens of thousands of pixels takes seconds, and its target moves as the chunks on the way are laid
 * out for the first time.
 */
export function scrollToElement(el: Element | null, block: ScrollLogicalPosition = 'start') {
  if (!el?.scrollIntoView) return;
  const far = Math.abs(el.getBoundingClientRect().top) > 3 * window.innerHeight;
  el.scrollIntoView({ behavior: prefersReducedMotion() || far ? 'auto' : 'smooth', block });
}
