import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from './token-bucket.ts';

function clock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('createTokenBuckets', () => {
  it('grants the burst at once, then refuses with the time until the next token', () => {
    const { now } = clock();
    const buckets = createTokenBuckets({ capacity: 3, refillPerSecond: 2, now });
    expect([1, 2, 3].map(() => buckets.take('a'))).toEqual([1, 2, 3].map(() => ({ ok: true, waitMs: 0 })));
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterMs: 500 });
  });

  it('refills at the sustained rate, never above capacity', () => {
    const { now, advance } = clock();
    const buckets = createTokenBuckets({ capacity: 2, refillPerSecond: 10, now });
    buckets.take('a');
    buckets.take('a');
    advance(100);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    advance(60_000);
    expect([buckets.take('a').ok, buckets.take('a').ok, buckets.take('a').ok]).toEqual([true, true, false]);
  });

  it('keeps one bucket per key', () => {
    const { now } = clock();
    const buckets = createTokenBuckets({ capacity: 1, refillPerSecond: 1, now });
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
  });

  it('queues waiting callers one behind the other, up to the longest wait allowed', () => {
    const { now } = clock();
    const buckets = createTokenBuckets({ capacity: 1, refillPerSecond: 10, now });
    expect(buckets.take('a', 250)).toEqual({ ok: true, waitMs: 0 });
    expect(buckets.take('a', 250)).toEqual({ ok: true, waitMs: 100 });
    expect(buckets.take('a', 250)).toEqual({ ok: true, waitMs: 200 });
    expect(buckets.take('a', 250)).toEqual({ ok: false, retryAfterMs: 300 });
  });

  it('forgets the least recently used key past maxKeys', () => {
    const { now } = clock();
    const buckets = createTokenBuckets({ capacity: 1, refillPerSecond: 0.001, maxKeys: 2, now });
    buckets.take('a');
    buckets.take('b');
    buckets.take('a');
    buckets.take('c');
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
  });
});
