import { QueryClient, type QueryExecuteOptions, type QueryKey } from '@tanstack/react-query';
import { noteFetchTimes } from './fetch-times.ts';
import { isRetryable, toAppError } from './inventory/app-error.ts';
import { MAX_TRIES } from './retry-policy.ts';

/** Retries start near this delay, doubling with every failure, and never wait longer than the cap. */
const RETRY_BASE_MS = 500;
const RETRY_CAP_MS = 8_000;

/**
 * Exponential backoff with full jitter: any delay from zero to the doubled step, so many clients
 * failing together do not come back together. A wait the provider asked for wins.
 * `failureCount` is 0 before the first retry, as TanStack Query counts.
 */
export function retryDelay(failureCount: number, error: unknown, random: () => number = Math.random): number {
  const asked = toAppError(error).retryAfterSeconds;
  if (asked !== undefined) return asked * 1000;
  return Math.floor(random() * Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** failureCount));
}

/** One client for the app; tests make their own with `{ retry: false }`. */
export function createQueryClient(overrides: { retry?: false } = {}): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => isRetryable(error) && failureCount < MAX_TRIES - 1,
        retryDelay: (failureCount, error) => retryDelay(failureCount, error),
        // A page that mounts on a failed query shows the failure; the loader already decided
        // whether to fetch again, and a throttled provider must not be hit again at once.
        retryOnMount: false,
        refetchOnWindowFocus: false,
        ...overrides,
      },
    },
  });
  noteFetchTimes(queryClient.getQueryCache());
  return queryClient;
}

/**
 * Starts a query from a route loader without holding up navigation: the page renders at once
 * (skeletons) and reads the result from the cache. Errors surface through the page's query.
 */
export function startQuery<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: QueryExecuteOptions<TData, Error, TData, TData, TKey>,
): void {
  queryClient.query(options).catch(() => {});
}
