import { notifyManager, useQueryClient, type Query, type QueryCacheNotifyEvent } from '@tanstack/react-query';
import { useEffect, useReducer } from 'react';
import { fetchTimesOf } from '../fetch-times.ts';
import { providerNames } from '../inventory/describe-error.ts';
import type { ProviderId } from '../inventory/model.ts';
import { MAX_TRIES } from '../retry-policy.ts';
import { useNow } from './use-now.ts';
import { isCancelled, isFetching, waitingView, type WaitingView, type WatchedCall } from './waiting-calls.ts';

/** Provider queries are keyed by the provider's id first (`['destiny', …]`); the app's own config is not a provider call. */
function providerOf(query: Query): ProviderId | undefined {
  const [first] = query.queryKey;
  return typeof first === 'string' && first in providerNames ? (first as ProviderId) : undefined;
}

function maxTriesOf(query: Query): number {
  const { retry } = query.options;
  if (retry === false) return 1;
  return typeof retry === 'number' ? retry + 1 : MAX_TRIES;
}

/** What changes what the indicator says: a query's state, or a page starting or stopping to read one. */
const relevant = (event: QueryCacheNotifyEvent) =>
  event.type === 'updated' ||
  event.type === 'observerAdded' ||
  event.type === 'observerRemoved' ||
  event.type === 'removed';

/**
 * The provider calls the current page reads (active queries), what to say about them, and the two
 * things a person can do: cancel the calls in flight, or try the cancelled ones again.
 */
export function useWaitingCalls(): { view: WaitingView | null; cancel: () => void; retry: () => void } {
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const [, changed] = useReducer((count: number) => count + 1, 0);

  useEffect(() => {
    // Cache events can fire while another component renders: re-render after the batch, as TanStack's own hooks do.
    const rerender = notifyManager.batchCalls(changed);
    return cache.subscribe((event) => relevant(event) && rerender());
  }, [cache]);

  // A query marked `meta.quiet` is one its page reports itself (the Xbox Store names, with their own Retry).
  const queries = cache.findAll({
    type: 'active',
    predicate: (query) => providerOf(query) !== undefined && query.meta?.quiet !== true,
  });
  const calls = queries.map((query): WatchedCall => ({
    provider: providerOf(query)!,
    state: query.state,
    maxTries: maxTriesOf(query),
    // Only a client not made by createQueryClient keeps no times: its calls count from now.
    ...(fetchTimesOf(query) ?? { startedAt: Date.now() }),
  }));
  const now = useNow(500, calls.some(isFetching));

  // Not reverted: a cancelled query ends in its own error state, so the page leaves its skeleton and keeps any data it had.
  const cancel = () =>
    void queryClient.cancelQueries({ predicate: (query) => queries.includes(query) }, { revert: false });

  const retry = () => {
    const cancelled = queries.filter((_, index) => isCancelled(calls[index]!));
    void queryClient.refetchQueries({ predicate: (query) => cancelled.includes(query) });
  };

  return { view: waitingView(calls, now), cancel, retry };
}
