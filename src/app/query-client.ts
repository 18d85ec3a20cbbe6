import { QueryClient } from '@tanstack/react-query';

/** The app's query cache, shared by route loaders and components; main.tsx makes one, each test its own. */
export const createQueryClient = () =>
  new QueryClient({
    // Queries run offline too ('always'): the service worker may answer from what is kept, and when it
    // cannot, the page says so at once instead of waiting for a connection behind a spinner.
    defaultOptions: { queries: { refetchOnWindowFocus: false, networkMode: 'always' } },
  });
