import { QueryObserver, useQueryClient, type QueryClient, type QueryObserverResult } from '@tanstack/react-query';
import { useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { Catalog } from './adapt-catalog.ts';
import { xboxQueries } from './queries.ts';

export interface CatalogState {
  /** Batches still on their first try. */
  pending: number;
  /** Batches the Store (or the proxy) refused: their items keep their type and id. */
  failed: number;
  error: Error | null;
  retry: () => void;
}

export interface CatalogSnapshot {
  /** Each batch's answer, in the order they came: a new answer is added at the end. */
  answers: readonly Catalog[];
  state: CatalogState;
}

interface Batch {
  refetch: () => unknown;
  stop: () => void;
  /** Its answer, once in `answers`. */
  answer?: Catalog;
  error: Error | null;
}

function toggle<T>(set: Set<T>, value: T, present: boolean) {
  if (present) set.add(value);
  else set.delete(value);
}

/**
 * The Store's answers for an inventory's catalog batches, followed outside React with an observer
 * per batch: an answer costs its own batch's work. With `useQueries`, every answer (478 for the
 * 10,000-entitlement user) re-rendered the page and compared every batch's options again.
 */
export class CatalogStore {
  readonly #client: QueryClient;
  readonly #batches = new Map<readonly string[], Batch>();
  /** On their first try: a batch being retried (the Store failing) must not hold up the inventory's pages. */
  readonly #pending = new Set<Batch>();
  readonly #failed = new Set<Batch>();
  #answers: readonly Catalog[] = [];
  readonly #listeners = new Set<() => void>();
  #snapshot: CatalogSnapshot;

  constructor(client: QueryClient) {
    this.#client = client;
    this.#snapshot = { answers: this.#answers, state: this.#state() };
  }

  /** Follows these batches (an inventory's, as its pages arrive: the same arrays stay followed); others stop. */
  follow(batches: readonly (readonly string[])[]): void {
    const wanted = new Set(batches);
    let dropped = false;
    for (const [ids, batch] of this.#batches)
      if (!wanted.has(ids)) {
        this.#drop(ids, batch);
        dropped = true;
      }
    if (dropped) this.#answers = [...this.#batches.values()].flatMap((batch) => (batch.answer ? [batch.answer] : []));
    for (const ids of batches) if (!this.#batches.has(ids)) this.#start(ids);
    this.#publish();
  }

  /** Stops following every batch. */
  stop(): void {
    for (const [ids, batch] of this.#batches) this.#drop(ids, batch);
    this.#answers = [];
  }

  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  };

  getSnapshot = (): CatalogSnapshot => this.#snapshot;

  #start(ids: readonly string[]) {
    const observer = new QueryObserver(this.#client, xboxQueries.catalog(ids));
    const batch: Batch = { refetch: () => observer.refetch(), stop: () => {}, error: null };
    this.#batches.set(ids, batch);
    batch.stop = observer.subscribe((result) => {
      this.#update(batch, result);
      this.#publish();
    });
    this.#update(batch, observer.getCurrentResult());
  }

  #drop(ids: readonly string[], batch: Batch) {
    batch.stop();
    this.#batches.delete(ids);
    this.#pending.delete(batch);
    this.#failed.delete(batch);
  }

  #update(batch: Batch, result: QueryObserverResult<Catalog>) {
    toggle(this.#pending, batch, result.isPending && result.fetchStatus !== 'idle' && result.failureCount === 0);
    toggle(this.#failed, batch, result.isError);
    batch.error = result.error;
    if (result.data && result.data !== batch.answer) {
      batch.answer = result.data;
      this.#answers = [...this.#answers, result.data];
    }
  }

  #retry = () => {
    for (const batch of this.#failed) void batch.refetch();
  };

  #state(): CatalogState {
    const [failed] = this.#failed;
    return {
      pending: this.#pending.size,
      failed: this.#failed.size,
      error: failed?.error ?? null,
      retry: this.#retry,
    };
  }

  /** A new snapshot, and a render, only when something the page shows changed. */
  #publish() {
    const last = this.#snapshot;
    const state = this.#state();
    if (
      last.answers === this.#answers &&
      last.state.pending === state.pending &&
      last.state.failed === state.failed &&
      last.state.error === state.error
    )
      return;
    this.#snapshot = { answers: this.#answers, state };
    for (const listener of this.#listeners) listener();
  }
}

/** The Store's answers for these batches, and how the catalog is doing; the batches' queries are followed while the page is open. */
export function useCatalog(batches: readonly (readonly string[])[]): CatalogSnapshot {
  const client = useQueryClient();
  const [store] = useState(() => new CatalogStore(client));
  useLayoutEffect(() => store.follow(batches), [store, batches]);
  useLayoutEffect(() => () => store.stop(), [store]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
