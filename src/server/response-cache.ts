export type CacheOutcome = 'hit' | 'miss' | 'coalesced';

/** How long to keep a loaded value, and what it weighs; null keeps it only for concurrent callers. */
export type Retention<V> = (value: V) => { ttlMs: number; bytes: number } | null;

export interface ResponseCache<V> {
  /** The kept value under `key` if it is still fresh (a use, for the LRU order): a hit costs no load's machinery. */
  hit(key: string): V | undefined;
  /**
   * The kept value, or the loader's. The loader's signal aborts once every caller that waits for
   * it has given its own `signal` and seen it abort: a load nobody wants any more can stop.
   */
  load(
    key: string,
    loader: (signal: AbortSignal) => Promise<V>,
    retention: Retention<V>,
    signal?: AbortSignal,
  ): Promise<{ value: V; outcome: CacheOutcome }>;
  /** `value`, still kept under `key`, now weighs `bytes` (a copy was made of it): counted, or dropped if too heavy. */
  resize(key: string, value: V, bytes: number): void;
}

interface Loading<V> {
  value: Promise<V>;
  /** Callers still waiting that could leave; a caller without a signal never leaves. */
  waiting: number;
  controller: AbortController;
}

interface Entry<V> {
  value: V;
  bytes: number;
  expiresAt: number;
}

/**
 * A TTL cache bounded by entry count and bytes, evicting least recently used first (a Map keeps
 * insertion order, and a hit re-inserts). Concurrent loads of one key share a single loader call.
 */
export function createResponseCache<V>(options: {
  maxEntries: number;
  maxBytes: number;
  /** Asked last, of values otherwise kept: may cost (a parse), so only what would be stored is checked. */
  keepable?: (value: V) => boolean | Promise<boolean>;
  now?: () => number;
}): ResponseCache<V> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry<V>>();
  const inFlight = new Map<string, Loading<V>>();
  let totalBytes = 0;

  function remove(key: string, entry: Entry<V>) {
    entries.delete(key);
    totalBytes -= entry.bytes;
  }

  // One huge body must not flush everything else.
  const fits = (bytes: number) => bytes <= options.maxBytes / 4;

  function evictBeyondBounds() {
    for (const [oldestKey, oldest] of entries) {
      if (entries.size <= options.maxEntries && totalBytes <= options.maxBytes) break;
      remove(oldestKey, oldest);
    }
  }

  async function store(key: string, value: V, retention: Retention<V>) {
    const kept = retention(value);
    if (!kept || kept.ttlMs <= 0 || !fits(kept.bytes)) return;
    if (options.keepable && !(await options.keepable(value))) return;
    const previous = entries.get(key);
    if (previous) remove(key, previous);
    entries.set(key, { value, bytes: kept.bytes, expiresAt: now() + kept.ttlMs });
    totalBytes += kept.bytes;
    evictBeyondBounds();
  }

  async function wait(loading: Loading<V>, signal: AbortSignal | undefined): Promise<V> {
    if (!signal) {
      loading.waiting = Infinity;
      return loading.value;
    }
    const leave = () => {
      if (--loading.waiting === 0) loading.controller.abort();
    };
    loading.waiting++;
    if (signal.aborted) leave();
    else signal.addEventListener('abort', leave, { once: true });
    try {
      return await loading.value;
    } finally {
      signal.removeEventListener('abort', leave);
    }
  }

  function hit(key: string): V | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    remove(key, entry);
    if (entry.expiresAt <= now()) return undefined;
    entries.set(key, entry);
    totalBytes += entry.bytes;
    return entry.value;
  }

  return {
    hit,

    async load(key, loader, retention, signal) {
      const kept = hit(key);
      if (kept !== undefined) return { value: kept, outcome: 'hit' };
      const pending = inFlight.get(key);
      if (pending) return { value: await wait(pending, signal), outcome: 'coalesced' };
      const controller = new AbortController();
      const loading: Loading<V> = {
        value: loader(controller.signal)
          .then(async (value) => {
            await store(key, value, retention);
            return value;
          })
          .finally(() => inFlight.delete(key)),
        waiting: 0,
        controller,
      };
      inFlight.set(key, loading);
      return { value: await wait(loading, signal), outcome: 'miss' };
    },

    resize(key, value, bytes) {
      const entry = entries.get(key);
      if (entry?.value !== value) return;
      totalBytes += bytes - entry.bytes;
      entry.bytes = bytes;
      if (fits(bytes)) evictBeyondBounds();
      else remove(key, entry);
    },
  };
}
