// The tab's title for a page: its own name, then the app's.
import { useEffect } from 'react';

export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — docbao`;
  }, [title]);
}
