import { QueryClient, type QueryExecuteOptions, type QueryKey } from '@tanstack/react-query';
import { isRetryable } from './inventory/app-error.ts';

/** One client for the app; tests make their own with `{ retry: false }`. */
export function createQueryClient(overrides: { retry?: false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => isRetryable(error) && failureCount < 2,
        // A page that mounts on a failed query shows the failure; the loader already decided
        // whether to fetch again, and a throttled provider must not be hit again at once.
        retryOnMount: false,
        refetchOnWindowFocus: false,
        ...overrides,
      },
    },
  });
}

/**
 * Starts a query from a route loader without holding up navigation: the page renders at once
 * (skeletons) and reads the result from the cache. Errors surface through the page's query.
 */
export function startQuery<TData, TKey extends QueryKey>(queryClient: QueryClient, options: QueryExecuteOptions<TData, Error, TData, TData, TKey>): void {
  queryClient.query(options).catch(() => {});
}
