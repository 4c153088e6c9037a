import { createCircuitBreaker, type CircuitOutcome } from './circuit-breaker.ts';
import { createConcurrencyLimit } from './concurrency-limit.ts';
import type { ProviderName, UpstreamGuardLimits } from './config.ts';
import { createTokenBuckets, type TokenBuckets } from './token-bucket.ts';
import { UpstreamError } from './upstream.ts';

/** Runs one upstream exchange under the provider's limits; resolves with its value or throws an UpstreamError. */
export type UpstreamGuard = <T extends { status: number }>(exchange: () => Promise<T>) => Promise<T>;

const providerNames: Record<ProviderName, string> = { bungie: 'Bungie', playfab: 'PlayFab', xbox: 'Xbox Live' };

/** How long a Bungie call may wait for its turn under the rate before it is refused instead. */
const MAX_RATE_WAIT_MS = 2_000;
/** Bungie averages over 10 s: a one-second burst plus 90% of the rate keeps any 10 s window at 10 × rate. */
const BUNGIE_BURST_SECONDS = 1;
const BUNGIE_REFILL_SHARE = 0.9;

/** These mean the provider is unwell; a clean 4xx answer means it is fine and we asked badly. */
const FAILURE_CODES = new Set(['upstream_timeout', 'upstream_unreachable', 'upstream_bad_response']);

const seconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));

/**
 * Per provider: a circuit breaker (fail fast while it is down), a concurrency cap with a bounded
 * queue (never pile unbounded work on it), and for Bungie its documented per-address rate, which
 * this server as a whole must respect. Only real upstream calls come here: cache hits and
 * coalesced requests never do.
 */
export function createUpstreamGuard(
  provider: ProviderName,
  limits: UpstreamGuardLimits,
  now: () => number = Date.now,
): UpstreamGuard {
  const name = providerNames[provider];
  const breaker = createCircuitBreaker({
    failureThreshold: limits.circuitFailures,
    coolDownMs: limits.circuitCoolDownMs,
    now,
  });
  const slots = createConcurrencyLimit({ max: limits.concurrency, maxQueued: limits.queue });
  const rate: TokenBuckets | undefined =
    provider === 'bungie'
      ? createTokenBuckets({
          capacity: limits.bungieRatePerSecond * BUNGIE_BURST_SECONDS,
          refillPerSecond: limits.bungieRatePerSecond * BUNGIE_REFILL_SHARE,
          now,
        })
      : undefined;

  return async (exchange) => {
    const permit = breaker.enter();
    if (!permit.ok) {
      throw new UpstreamError(
        'upstream_circuit_open',
        `${name} is failing: its last calls timed out or errored. We will try it again in ${seconds(permit.retryAfterMs)} s.`,
        seconds(permit.retryAfterMs),
      );
    }
    let outcome: CircuitOutcome = 'neutral';
    const waiting = slots.acquire();
    if (!waiting) {
      permit.settle(outcome);
      throw new UpstreamError(
        'upstream_busy',
        `Too many calls to ${name} are already waiting; try again shortly.`,
        '1',
      );
    }
    const release = await waiting;
    try {
      const grant = rate?.take(provider, MAX_RATE_WAIT_MS) ?? { ok: true, waitMs: 0 };
      if (!grant.ok) {
        throw new UpstreamError(
          'upstream_busy',
          `${name}'s request rate is used up; try again shortly.`,
          seconds(grant.retryAfterMs),
        );
      }
      if (grant.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, grant.waitMs));
      try {
        const value = await exchange();
        outcome = value.status >= 500 ? 'failure' : 'success';
        return value;
      } catch (error) {
        // Anything but an UpstreamError is our own bug, not news about the provider.
        if (error instanceof UpstreamError) outcome = FAILURE_CODES.has(error.code) ? 'failure' : 'success';
        throw error;
      }
    } finally {
      release();
      permit.settle(outcome);
    }
  };
}
