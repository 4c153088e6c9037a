import { Valkey } from 'iovalkey';
import { resilientStore, type SharedStore, type StoreLog } from './shared-store.ts';
import type { TokenGrant } from './token-bucket.ts';

/** A store slower than this is treated as down for that command: a hit must stay a fast hit. */
const COMMAND_TIMEOUT_MS = 250;
/** Reconnect attempts back off to this, so a store that comes back is rejoined within it. */
const MAX_RECONNECT_MS = 1_000;

/**
 * `createTokenBuckets`' arithmetic, atomic in the store and on the store's clock, so every
 * instance spends from one bucket. A grant with a wait drives the bucket negative (a reservation).
 */
const TAKE = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local capacity, perMs, maxWait = tonumber(ARGV[1]), tonumber(ARGV[2]) / 1000, tonumber(ARGV[3])
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = capacity
if bucket[1] then tokens = math.min(capacity, tonumber(bucket[1]) + (now - tonumber(bucket[2])) * perMs) end
local wait = 0
if tokens < 1 then wait = (1 - tokens) / perMs end
local granted = wait <= maxWait
if granted then tokens = tokens - 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / perMs) + 1000)
if granted then return {1, math.ceil(wait)} end
return {0, math.ceil(wait)}
`;

/** Extends (or with 0, deletes) a claim only while its owner still holds it. */
const EXTEND = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if tonumber(ARGV[2]) > 0 then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return redis.call('DEL', KEYS[1])
`;

interface Scripts {
  gearviewTake(key: string, capacity: number, refillPerSecond: number, maxWaitMs: number): Promise<[number, number]>;
  gearviewExtend(key: string, owner: string, ttlMs: number): Promise<number>;
}

/**
 * Valkey or Redis at `url`. Commands fail at once while it is unreachable (no offline queue, no
 * retries) and after COMMAND_TIMEOUT_MS when it is slow, so a request never waits on it; the
 * client keeps reconnecting in the background.
 */
export function valkeyStore(url: string, log: StoreLog): { store: SharedStore; close(): Promise<void> } {
  const client = new Valkey(url, {
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: COMMAND_TIMEOUT_MS * 4,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_MS),
  });
  // Connection errors are also every failed command's: resilientStore logs them once.
  client.on('error', () => {});
  client.defineCommand('gearviewTake', { numberOfKeys: 1, lua: TAKE });
  client.defineCommand('gearviewExtend', { numberOfKeys: 1, lua: EXTEND });
  const scripts = client as unknown as Scripts;

  const store = resilientStore(
    {
      get: async (key) => await client.getBuffer(key),
      set: async (key, value, ttlMs) => {
        await client.set(key, Buffer.from(value.buffer, value.byteOffset, value.byteLength), 'PX', Math.ceil(ttlMs));
      },
      claim: async (key, owner, ttlMs) => (await client.set(key, owner, 'PX', ttlMs, 'NX')) === 'OK',
      extend: async (key, owner, ttlMs) => {
        await scripts.gearviewExtend(key, owner, ttlMs);
      },
      take: async (key, capacity, refillPerSecond, maxWaitMs): Promise<TokenGrant> => {
        const [granted, waitMs] = await scripts.gearviewTake(key, capacity, refillPerSecond, maxWaitMs);
        return granted === 1 ? { ok: true, waitMs } : { ok: false, retryAfterMs: waitMs };
      },
    },
    log,
  );
  return {
    store,
    close: async () => {
      client.disconnect();
    },
  };
}
