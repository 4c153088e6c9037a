/** Granted now or after `waitMs` (a reservation already counted), or refused until `retryAfterMs`. */
export type TokenGrant = { ok: true; waitMs: number } | { ok: false; retryAfterMs: number };

export interface TokenBuckets {
  /** One token from `key`'s bucket, waiting at most `maxWaitMs` for it. */
  take(key: string, maxWaitMs?: number): TokenGrant;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets by key (a client address, a provider): `capacity` is the burst, `refillPerSecond`
 * the sustained rate. A grant with a wait drives the bucket negative, so later callers queue
 * behind it instead of overtaking. At most `maxKeys` buckets are kept, least recently used
 * dropped first: a dropped bucket comes back full, which costs an attacker `maxKeys` addresses.
 */
export function createTokenBuckets(options: {
  capacity: number;
  refillPerSecond: number;
  maxKeys?: number;
  now?: () => number;
}): TokenBuckets {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 10_000;
  const perMs = options.refillPerSecond / 1000;
  const buckets = new Map<string, Bucket>();

  return {
    take(key, maxWaitMs = 0) {
      const time = now();
      const previous = buckets.get(key);
      buckets.delete(key);
      const tokens = previous
        ? Math.min(options.capacity, previous.tokens + (time - previous.at) * perMs)
        : options.capacity;
      const waitMs = tokens >= 1 ? 0 : (1 - tokens) / perMs;
      const granted = waitMs <= maxWaitMs;
      buckets.set(key, { tokens: granted ? tokens - 1 : tokens, at: time });
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      return granted ? { ok: true, waitMs } : { ok: false, retryAfterMs: waitMs };
    },
  };
}
