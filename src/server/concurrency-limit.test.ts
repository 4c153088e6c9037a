import { describe, expect, it } from 'vitest';
import { createConcurrencyLimit, type Release } from './concurrency-limit.ts';

describe('createConcurrencyLimit', () => {
  it('grants up to max at once, queues up to maxQueued, refuses beyond', async () => {
    const limit = createConcurrencyLimit({ max: 2, maxQueued: 1 });
    const first = limit.acquire();
    const second = limit.acquire();
    const queued = limit.acquire();
    expect([first, second, queued].every((slot) => slot instanceof Promise)).toBe(true);
    expect(limit.acquire()).toBeNull();
    let granted = false;
    void queued!.then(() => (granted = true));
    await Promise.resolve();
    expect(granted).toBe(false);
    (await first!)();
    await Promise.resolve();
    expect(granted).toBe(true);
  });

  it('serves the queue in order and frees the slot when the queue is empty', async () => {
    const limit = createConcurrencyLimit({ max: 1, maxQueued: 5 });
    const order: number[] = [];
    const holder = await limit.acquire()!;
    const waiters = [1, 2, 3].map((n) => limit.acquire()!.then((release) => (order.push(n), release)));
    holder();
    for (const waiter of waiters) (await waiter)();
    expect(order).toEqual([1, 2, 3]);
    expect(limit.acquire()).toBeInstanceOf(Promise);
    expect(limit.acquire()).toBeInstanceOf(Promise);
  });

  it('ignores a second release of the same slot', async () => {
    const limit = createConcurrencyLimit({ max: 1, maxQueued: 0 });
    const release: Release = await limit.acquire()!;
    release();
    release();
    expect(limit.acquire()).not.toBeNull();
    expect(limit.acquire()).toBeNull();
  });
});
