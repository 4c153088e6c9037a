import type { TokenGrant } from './token-bucket.ts';

/**
 * What instances share through one store (REDIS_URL). Every call may fail; the store as callers
 * see it (`resilientStore`) answers `undefined` instead, and they act on their own state.
 */
export interface StoreCommands {
  get(key: string): Promise<Uint8Array | null>;
  set(key: string, value: Uint8Array, ttlMs: number): Promise<void>;
  /** Makes `owner` the holder of `key` for `ttlMs` if nobody holds it. */
  claim(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Holds on for `ttlMs` more, or lets go (`ttlMs` 0), if `owner` still holds `key`. */
  extend(key: string, owner: string, ttlMs: number): Promise<void>;
  /** One token from the bucket at `key`, shared by every instance, as `createTokenBuckets` gives them. */
  take(key: string, capacity: number, refillPerSecond: number, maxWaitMs: number): Promise<TokenGrant>;
}

/** The same commands, answering `undefined` while the store cannot be reached. */
export type SharedStore = {
  [K in keyof StoreCommands]: (
    ...args: Parameters<StoreCommands[K]>
  ) => Promise<Awaited<ReturnType<StoreCommands[K]>> | undefined>;
};

export type StoreLog = (entry: { event: 'store-down' | 'store-back'; message?: string }) => void;

/**
 * A store failure never fails a request: the command answers `undefined`, said once in the log,
 * and the next command that works says the store is back.
 */
export function resilientStore(commands: StoreCommands, log: StoreLog): SharedStore {
  let down = false;
  const attempt =
    <A extends unknown[], R>(command: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R | undefined> => {
      try {
        const result = await command(...args);
        if (down) {
          down = false;
          log({ event: 'store-back' });
        }
        return result;
      } catch (error) {
        if (!down) {
          down = true;
          log({ event: 'store-down', message: error instanceof Error ? error.message : String(error) });
        }
        return undefined;
      }
    };
  return {
    get: attempt(commands.get),
    set: attempt(commands.set),
    claim: attempt(commands.claim),
    extend: attempt(commands.extend),
    take: attempt(commands.take),
  };
}
