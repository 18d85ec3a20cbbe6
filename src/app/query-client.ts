import { QueryClient } from '@tanstack/react-query';

/** The app's query cache, shared by route loaders and components; main.tsx makes one, each test its own. */
export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
