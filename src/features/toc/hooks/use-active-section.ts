import { useEffect, useState } from 'react';

/**
 * Whether `el`'s top lies above `line`, or null when it lies below. A heading inside a part of the page
 * the browser skips while out of view (content-visibility, marked `data-chunk`) is judged by that part's
 * box first: measuring the heading itself made the browser lay the skipped part out, once per heading on
 * every scroll (120 ms tasks on an article of 5,000 paragraphs). A part that holds the line is in view,
 * so its headings are measured cheaply.
 */
function above(el: HTMLElement, line: number): boolean {
  const part = el.parentElement?.closest('[data-chunk]');
  if (part) {
    const box = part.getBoundingClientRect();
    if (box.top > line) return false;
    if (box.bottom <= line) return true;
  }
  return el.getBoundingClientRect().top <= line;
}

/**
 * The id of the section whose heading was last scrolled past the top third of the viewport. `rendered`
 * changes as a long article renders more of itself, so that headings that appear later are watched too.
 */
export function useActiveSection(ids: string[], rendered = 0): string | null {
  const [active, setActive] = useState<string | null>(ids[0] ?? null);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined' || ids.length === 0) return;
    const elements = ids
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    const observer = new IntersectionObserver(
      () => {
        // The active section is the last one whose top lies above the reading line; the headings are
        // in the page's order, so the first below the line ends the search.
        const line = window.innerHeight * 0.33;
        let current = ids[0] ?? null;
        for (const el of elements) {
          if (!above(el, line)) break;
          current = el.id;
        }
        setActive(current);
      },
      { rootMargin: '0px 0px -66% 0px', threshold: [0, 1] },
    );
    elements.forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [ids, rendered]);
  return active;
}
