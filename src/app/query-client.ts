import { QueryClient } from '@tanstack/react-query';

/** The app's one query cache, shared by route loaders and components. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});
