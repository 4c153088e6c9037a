import type { Query, QueryCache } from '@tanstack/react-query';

export interface FetchTimes {
  /** Epoch milliseconds: when the first try of the query's current fetch started. */
  startedAt: number;
  /** Epoch milliseconds: when its latest failed try ended, while a retry is pending. */
  failedAt?: number;
}

const times = new WeakMap<Query, FetchTimes>();

/**
 * Notes when each fetch starts and each try fails, which the query cache keeps no time for, from
 * the moment the client exists: a loader's fetch starts before any component can watch it.
 */
export function noteFetchTimes(cache: QueryCache): void {
  cache.subscribe((event) => {
    if (event.type !== 'updated') return;
    if (event.action.type === 'fetch') times.set(event.query, { startedAt: Date.now() });
    if (event.action.type === 'failed')
      times.set(event.query, { startedAt: times.get(event.query)?.startedAt ?? Date.now(), failedAt: Date.now() });
  });
}

export const fetchTimesOf = (query: Query): FetchTimes | undefined => times.get(query);
