// True while the page is being printed. The print appendix lists every extracted item, thousands of
// lines on a long article, so it is rendered only for printing and not kept in the page meanwhile.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The browser lays out the printed page right after `beforeprint`: render synchronously.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', onMedia);
    };
  }, []);
  return printing;
}
