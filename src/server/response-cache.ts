export type CacheOutcome = 'hit' | 'miss' | 'coalesced';

/** How long to keep a loaded value, and what it weighs; null keeps it only for concurrent callers. */
export type Retention<V> = (value: V) => { ttlMs: number; bytes: number } | null;

export interface ResponseCache<V> {
  load(key: string, loader: () => Promise<V>, retention: Retention<V>): Promise<{ value: V; outcome: CacheOutcome }>;
  /** `value`, still kept under `key`, now weighs `bytes` (a copy was made of it): counted, or dropped if too heavy. */
  resize(key: string, value: V, bytes: number): void;
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
  keepable?: (value: V) => boolean;
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

  // One huge body must not flush everything else.
  const fits = (bytes: number) => bytes <= options.maxBytes / 4;

  function evictBeyondBounds() {
    for (const [oldestKey, oldest] of entries) {
      if (entries.size <= options.maxEntries && totalBytes <= options.maxBytes) break;
      remove(oldestKey, oldest);
    }
  }

  function store(key: string, value: V, retention: Retention<V>) {
    const kept = retention(value);
    if (!kept || kept.ttlMs <= 0 || !fits(kept.bytes) || (options.keepable && !options.keepable(value))) return;
    const previous = entries.get(key);
    if (previous) remove(key, previous);
    entries.set(key, { value, bytes: kept.bytes, expiresAt: now() + kept.ttlMs });
    totalBytes += kept.bytes;
    evictBeyondBounds();
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
