export type CacheOutcome = 'hit' | 'miss' | 'coalesced';

/** How long to keep a loaded value, and what it weighs; null keeps it only for concurrent callers. */
export type Retention<V> = (value: V) => { ttlMs: number; bytes: number } | null;

export interface ResponseCache<V> {
  load(key: string, loader: () => Promise<V>, retention: Retention<V>): Promise<{ value: V; outcome: CacheOutcome }>;
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
  now?: () => number;
}): ResponseCache<V> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry<V>>();
  const inFlight = new Map<string, Promise<V>>();
  let totalBytes = 0;

  function remove(key: string, entry: Entry<V>) {
    entries.delete(key);
    totalBytes -= entry.bytes;
  }

  function store(key: string, value: V, retention: Retention<V>) {
    const kept = retention(value);
    // One huge body must not flush everything else.
    if (!kept || kept.ttlMs <= 0 || kept.bytes > options.maxBytes / 4) return;
    const previous = entries.get(key);
    if (previous) remove(key, previous);
    entries.set(key, { value, bytes: kept.bytes, expiresAt: now() + kept.ttlMs });
    totalBytes += kept.bytes;
    for (const [oldestKey, oldest] of entries) {
      if (entries.size <= options.maxEntries && totalBytes <= options.maxBytes) break;
      remove(oldestKey, oldest);
    }
  }

  return {
    async load(key, loader, retention) {
      const entry = entries.get(key);
      if (entry) {
        remove(key, entry);
        if (entry.expiresAt > now()) {
          entries.set(key, entry);
          totalBytes += entry.bytes;
          return { value: entry.value, outcome: 'hit' };
        }
      }
      const pending = inFlight.get(key);
      if (pending) return { value: await pending, outcome: 'coalesced' };
      const loading = loader()
        .then((value) => {
          store(key, value, retention);
          return value;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, loading);
      return { value: await loading, outcome: 'miss' };
    },
  };
}
