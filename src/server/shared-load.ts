import type { CacheOutcome } from './response-cache.ts';
import type { SharedStore } from './shared-store.ts';
import { UpstreamError } from './upstream.ts';

/** A claim lapses this soon after its holder stops renewing it (it died): then another instance loads. */
const CLAIM_MS = 1_000;
const RENEW_MS = 300;
/** How often an instance waiting on another's load looks for its answer. */
const POLL_MS = 20;
/** How long a finished load's answer stays for those who waited on it, kept or not. */
const SHARE_MS = 2_000;

/** How a value goes into the store and back; `ttlMs` 0 shares it with concurrent callers only. */
export interface SharedCodec<V> {
  /** May take a while (a check off the event loop) before it says how long to keep the value. */
  encode(value: V): Promise<{ bytes: Uint8Array; ttlMs: number } | undefined>;
  decode(bytes: Uint8Array): V;
}

/**
 * One load of `key` for every instance: the kept answer if the store has it; else one instance
 * claims the key and loads, and the others wait for its answer, until `timeoutMs` passes (then
 * upstream_timeout). A holder that dies stops renewing its claim, which lapses within CLAIM_MS,
 * and a waiter takes over. With the store down, `load` runs here and now, as with no store.
 */
export async function loadShared<V>(
  store: SharedStore,
  key: string,
  options: { owner: string; timeoutMs: number; codec: SharedCodec<V>; now?: () => number },
  load: (timeLeftMs: number) => Promise<V>,
): Promise<{ value: V; outcome: CacheOutcome }> {
  const { owner, timeoutMs, codec } = options;
  const now = options.now ?? Date.now;
  const startedAt = now();
  const kept = await store.get(`gv:c:${key}`);
  if (kept) return { value: codec.decode(kept), outcome: 'hit' };
  for (;;) {
    const claim = kept === undefined ? undefined : await store.claim(`gv:l:${key}`, owner, CLAIM_MS);
    const timeLeftMs = timeoutMs - (now() - startedAt);
    if (claim === undefined) return { value: await load(timeLeftMs), outcome: 'miss' };
    if (claim) {
      // A load that finished just before our claim left its answer.
      const shared = await store.get(`gv:w:${key}`);
      if (shared) {
        await store.extend(`gv:l:${key}`, owner, 0);
        return { value: codec.decode(shared), outcome: 'coalesced' };
      }
      return { value: await holding(store, key, owner, codec, () => load(timeLeftMs)), outcome: 'miss' };
    }
    if (timeLeftMs <= 0) {
      throw new UpstreamError('upstream_timeout', `The provider did not answer within ${timeoutMs / 1000} s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, timeLeftMs)));
    const shared = await store.get(`gv:w:${key}`);
    if (shared) return { value: codec.decode(shared), outcome: 'coalesced' };
  }
}

/** Runs `load`, renewing the claim meanwhile, then shares its answer and lets go. */
async function holding<V>(
  store: SharedStore,
  key: string,
  owner: string,
  codec: SharedCodec<V>,
  load: () => Promise<V>,
): Promise<V> {
  const renew = setInterval(() => void store.extend(`gv:l:${key}`, owner, CLAIM_MS), RENEW_MS);
  try {
    const value = await load();
    const answer = await codec.encode(value);
    if (answer) {
      await Promise.all([
        answer.ttlMs > 0 ? store.set(`gv:c:${key}`, answer.bytes, answer.ttlMs) : undefined,
        store.set(`gv:w:${key}`, answer.bytes, SHARE_MS),
      ]);
    }
    return value;
  } finally {
    clearInterval(renew);
    await store.extend(`gv:l:${key}`, owner, 0);
  }
}
