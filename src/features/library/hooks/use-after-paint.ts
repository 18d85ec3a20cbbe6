// A value as it was when the page last painted: work that depends on it (the filters' counts, seen
// only when a list is opened) is done after the frame that shows what the reader asked for, not
// before it. React's useDeferredValue renders it before that frame, and so delays it.
import { useEffect, useState } from 'react';
import { afterNextPaint } from '@/components/ui/after-next-paint';

export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    return afterNextPaint(() => setPainted(() => value));
  }, [painted, value]);
  return painted;
}
