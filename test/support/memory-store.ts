import type { StoreCommands } from '../../src/server/shared-store.ts';
import { createTokenBuckets, type TokenBuckets } from '../../src/server/token-bucket.ts';

/**
 * The store's commands in memory, with expiry and the in-process token buckets: what Valkey does,
 * for unit tests of the logic around it. `broken` makes every command fail, as a store that is down.
 */
export function memoryCommands(): StoreCommands & { broken: boolean } {
  const values = new Map<string, { value: Uint8Array | string; expiresAt: number }>();
  const buckets = new Map<string, TokenBuckets>();
  const live = (key: string) => {
    const entry = values.get(key);
    if (entry && entry.expiresAt <= Date.now()) values.delete(key);
    return values.get(key)?.value;
  };
  const commands = {
    broken: false,
    async get(key: string) {
      if (commands.broken) throw new Error('connection refused');
      const value = live(key);
      return value instanceof Uint8Array ? value : null;
    },
    async set(key: string, value: Uint8Array, ttlMs: number) {
      if (commands.broken) throw new Error('connection refused');
      values.set(key, { value, expiresAt: Date.now() + ttlMs });
    },
    async claim(key: string, owner: string, ttlMs: number) {
      if (commands.broken) throw new Error('connection refused');
      if (live(key) !== undefined) return false;
      values.set(key, { value: owner, expiresAt: Date.now() + ttlMs });
      return true;
    },
    async extend(key: string, owner: string, ttlMs: number) {
      if (commands.broken) throw new Error('connection refused');
      if (live(key) !== owner) return;
      if (ttlMs > 0) values.set(key, { value: owner, expiresAt: Date.now() + ttlMs });
      else values.delete(key);
    },
    async take(key: string, capacity: number, refillPerSecond: number, maxWaitMs: number) {
      if (commands.broken) throw new Error('connection refused');
      let bucket = buckets.get(`${capacity}/${refillPerSecond}`);
      if (!bucket)
        buckets.set(`${capacity}/${refillPerSecond}`, (bucket = createTokenBuckets({ capacity, refillPerSecond })));
      return bucket.take(key, maxWaitMs);
    },
  };
  return commands;
}
