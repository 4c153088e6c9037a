import { createCircuitBreaker, type CircuitOutcome } from './circuit-breaker.ts';
import type { ProviderName, UpstreamGuardLimits } from './config.ts';
import { createFairQueue, type Refusal } from './fair-queue.ts';
import { createTokenBuckets, type TokenBuckets } from './token-bucket.ts';
import type { SharedStore } from './shared-store.ts';
import { UpstreamError } from './upstream.ts';

/** Who a call is for (its client's address) and what it asks (the cache key): the guard's fairness and circuit need both. */
export interface GuardedCall {
  client: string;
  path: string;
  /** One deadline for the wait for a turn, the wait for a token and the exchange together. */
  timeoutMs?: number;
  /** Aborts when nobody waits for the answer any more: the call then leaves the line. */
  signal?: AbortSignal;
}

/**
 * Runs one upstream exchange under the provider's limits; resolves with its value or throws an
 * UpstreamError. The exchange is given what is left of the call's `timeoutMs`.
 */
export type UpstreamGuard = <T extends { status: number }>(
  exchange: (timeLeftMs?: number) => Promise<T>,
  call: GuardedCall,
) => Promise<T>;

const providerNames: Record<ProviderName, string> = { bungie: 'Bungie', playfab: 'PlayFab', xbox: 'Xbox Live' };

/** How long a call may wait for its turn (a free slot and, for Bungie, a token of its rate) before it is refused instead. */
const MAX_TURN_WAIT_MS = 2_000;
/** Bungie averages over 10 s: a one-second burst plus 90% of the rate keeps any 10 s window at 10 × rate. */
const BUNGIE_BURST_SECONDS = 1;
const BUNGIE_REFILL_SHARE = 0.9;

/** Answers only a gateway gives when the provider behind it is down or overloaded. */
const GATEWAY_STATUSES = new Set([502, 503, 504]);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const seconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));

/**
 * What an exchange says about the provider as a whole. Timeouts, broken connections and gateway
 * errors speak for every call; any other 5xx or unusable answer may be one id's own fault, so it
 * counts only from distinct paths; a clean answer (4xx included) means the provider is fine; our
 * own refusals (too many bodies in flight) never reached it.
 */
function outcomeOf(result: { status: number } | UpstreamError): { outcome: CircuitOutcome; perPath: boolean } {
  if (result instanceof UpstreamError) {
    if (result.code === 'upstream_timeout' || result.code === 'upstream_unreachable')
      return { outcome: 'failure', perPath: false };
    if (result.code === 'upstream_busy') return { outcome: 'neutral', perPath: false };
    if (result.code !== 'upstream_bad_response') return { outcome: 'success', perPath: false };
    return { outcome: 'failure', perPath: !GATEWAY_STATUSES.has(result.upstreamStatus ?? 0) };
  }
  if (result.status < 500) return { outcome: 'success', perPath: false };
  return { outcome: 'failure', perPath: !GATEWAY_STATUSES.has(result.status) };
}

/**
 * Per provider: a circuit breaker (fail fast while it is down), a cap on calls in flight with a
 * bounded, per-client fair line (never pile unbounded work on it, and one client's flood never
 * delays another's calls by more than a turn), and for Bungie its documented per-address rate,
 * which this server as a whole must respect. Only real upstream calls come here: cache hits and
 * coalesced requests never do.
 */
export function createUpstreamGuard(
  provider: ProviderName,
  limits: UpstreamGuardLimits,
  options: { now?: () => number; store?: SharedStore } = {},
): UpstreamGuard {
  const { now = Date.now, store } = options;
  const name = providerNames[provider];
  const circuitKey = `gv:circuit:${provider}`;
  const breaker = createCircuitBreaker({
    failureThreshold: limits.circuitFailures,
    coolDownMs: limits.circuitCoolDownMs,
    now,
    // Other instances refuse calls until this one's cool-down ends, and then each tries for itself.
    onOpen: () =>
      void store?.set(
        circuitKey,
        encoder.encode(String(Date.now() + limits.circuitCoolDownMs)),
        limits.circuitCoolDownMs,
      ),
  });
  /** How long another instance's opening of the circuit still holds, if it does. */
  const openElsewhereMs = async (): Promise<number> => {
    const until = store && (await store.get(circuitKey));
    return until ? Number(decoder.decode(until)) - Date.now() : 0;
  };
  const bucket = {
    capacity: limits.bungieRatePerSecond * BUNGIE_BURST_SECONDS,
    refillPerSecond: limits.bungieRatePerSecond * BUNGIE_REFILL_SHARE,
  };
  const rate: TokenBuckets | undefined = provider === 'bungie' ? createTokenBuckets({ ...bucket, now }) : undefined;
  /**
   * With a store, the rate is the key's across every instance: a token from the shared bucket
   * too, after the local one (which alone holds while the store is down, so no burst then).
   */
  const sharedToken =
    rate &&
    store &&
    (async (maxWaitMs: number): Promise<boolean> => {
      const grant = await store.take(`gv:rate:${provider}`, bucket.capacity, bucket.refillPerSecond, maxWaitMs);
      if (grant?.ok && grant.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, grant.waitMs));
      return grant?.ok ?? true;
    });
  const turns = createFairQueue({
    max: limits.concurrency,
    maxQueued: limits.queue,
    maxWaitMs: MAX_TURN_WAIT_MS,
    rate: rate && (() => rate.take(provider)),
  });

  return async (exchange, call) => {
    const permit = breaker.enter();
    // Alone, an instance has no one else's circuit or rate to ask: no wait is added for them.
    const openMs = !permit.ok ? permit.retryAfterMs : store ? await openElsewhereMs() : 0;
    if (!permit.ok || openMs > 0) {
      if (permit.ok) permit.settle('neutral');
      throw new UpstreamError(
        'upstream_circuit_open',
        `${name} is failing: its last calls timed out or errored. We will try it again in ${seconds(openMs)} s.`,
        seconds(openMs),
      );
    }
    const startedAt = now();
    const turn = await turns.acquire(call.client, { maxWaitMs: call.timeoutMs, signal: call.signal });
    const waited = () => now() - startedAt;
    const timeLeft = () => (call.timeoutMs ?? Infinity) - waited();
    // The shared token's wait counts against the same longest wait as the turn's.
    const spent =
      turn.ok &&
      ((sharedToken && !(await sharedToken(Math.max(0, Math.min(MAX_TURN_WAIT_MS - waited(), timeLeft()))))) ||
        timeLeft() <= 0);
    if (!turn.ok || spent) {
      if (turn.ok) turn.release();
      permit.settle('neutral');
      throw new UpstreamError('upstream_busy', refusal(name, turn.ok ? 'waited' : turn.reason, !!rate), '1');
    }
    const timeLeftMs = call.timeoutMs === undefined ? undefined : timeLeft();
    let outcome: { outcome: CircuitOutcome; perPath: boolean } = { outcome: 'neutral', perPath: false };
    try {
      const value = await exchange(timeLeftMs);
      outcome = outcomeOf(value);
      return value;
    } catch (error) {
      // Anything but an UpstreamError is our own bug, not news about the provider.
      if (error instanceof UpstreamError) outcome = outcomeOf(error);
      throw error;
    } finally {
      turn.release();
      permit.settle(outcome.outcome, outcome.perPath ? call.path : undefined);
    }
  };
}

function refusal(name: string, reason: Refusal, rated: boolean): string {
  if (reason === 'full') return `Too many calls to ${name} are already waiting; try again shortly.`;
  if (reason === 'gone') return `The request left before its call to ${name} was made.`;
  return rated
    ? `${name}'s request rate is used up; try again shortly.`
    : `${name} is busy with other calls; try again shortly.`;
}
