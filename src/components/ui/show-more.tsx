// A long list shows its first items and more as the reader reaches its end (or presses the button), so
// that a sidebar of 26,000 directives costs what a sidebar of fifty does until someone scrolls it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const STEP = 50;

/** How many of `total` items to render: a first page, more on demand, always up to `mustShow`. */
export function useShownCount(total: number, mustShow = -1) {
  const [limit, setLimit] = useState(STEP);
  const count = Math.min(total, Math.max(limit, mustShow + 1));
  return { count, left: total - count, more: () => setLimit(count + STEP) };
}

/** The button after a shortened list; it presses itself when scrolled near. */
export function ShowMore({ left, onMore }: { left: number; onMore: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLButtonElement>(null);
  const latest = useRef(onMore);
  useEffect(() => {
    latest.current = onMore;
  }, [onMore]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) latest.current();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [left]);
  if (left <= 0) return null;
  return (
    <button ref={ref} type="button" className="show-more" onClick={onMore}>
      {t('list.more', { count: Math.min(left, STEP), left })}
    </button>
  );
}
