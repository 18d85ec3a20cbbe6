import { useEffect, useState } from 'react';

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
        // The active section is the last one whose top lies above the reading line.
        const line = window.innerHeight * 0.33;
        let current = ids[0] ?? null;
        for (const el of elements) if (el.getBoundingClientRect().top <= line) current = el.id;
        setActive(current);
      },
      { rootMargin: '0px 0px -66% 0px', threshold: [0, 1] },
    );
    elements.forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [ids, rendered]);
  return active;
}
