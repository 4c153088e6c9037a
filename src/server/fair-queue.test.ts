import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFairQueue, type Turn } from './fair-queue.ts';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** Turns granted so far, by client, in order; each holder keeps its slot until `finish`. */
function recorder() {
  const order: string[] = [];
  const held: (() => void)[] = [];
  const take = (turn: Turn, client: string) => {
    if (turn.ok) {
      order.push(client);
      held.push(turn.release);
    }
    return turn;
  };
  return { order, take, finish: () => held.shift()?.() };
}

describe('createFairQueue', () => {
  it('grants up to max at once, then turns by client: a newcomer goes before the client that just had one', async () => {
    const queue = createFairQueue({ max: 1, maxQueued: 100, maxWaitMs: 10_000 });
    const { order, finish, take } = recorder();
    const as = (client: string) => queue.acquire(client).then((turn) => take(turn, client));
    const all = [...Array.from({ length: 10 }, () => as('flood')), as('b'), as('c')];
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['flood']);
    for (let i = 0; i < 3; i++) {
      finish();
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(order).toEqual(['flood', 'b', 'c', 'flood']);
    while (order.length < 7) {
      finish();
      await vi.advanceTimersByTimeAsync(0);
    }
    const late = as('d');
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(order.slice(7)).toEqual(['d']);
    while (order.length < 13) {
      finish();
      await vi.advanceTimersByTimeAsync(0);
    }
    await Promise.all([...all, late]);
  });

  it("when every place is taken, a newcomer takes the longest line's last place", async () => {
    const queue = createFairQueue({ max: 1, maxQueued: 3, maxWaitMs: 10_000 });
    const { order, finish, take } = recorder();
    const as = (client: string) => queue.acquire(client).then((turn) => take(turn, client));
    const flood = Array.from({ length: 4 }, () => as('flood'));
    await vi.advanceTimersByTimeAsync(0);
    expect(await Promise.race([flood[3]!, Promise.resolve('waiting')])).toBe('waiting');
    const other = as('other');
    expect(await flood[3]).toEqual({ ok: false, reason: 'full' });
    // Lines now: flood 2, other 1; a second flood call finds no shorter line to take from.
    expect(await as('flood')).toEqual({ ok: false, reason: 'full' });
    finish();
    await other;
    expect(order).toEqual(['flood', 'other']);
  });

  it('refuses a call that waited its longest, and hands the slot on when it frees', async () => {
    const queue = createFairQueue({ max: 1, maxQueued: 5, maxWaitMs: 100 });
    const first = await queue.acquire('a');
    const waiting = queue.acquire('b');
    await vi.advanceTimersByTimeAsync(100);
    expect(await waiting).toEqual({ ok: false, reason: 'waited' });
    if (first.ok) first.release();
    expect((await queue.acquire('c')).ok).toBe(true);
  });

  it('gives turns no faster than the rate, waiting for its next token', async () => {
    let tokens = 1;
    const rate = () => (tokens > 0 ? (tokens--, { ok: true as const }) : { ok: false as const, retryAfterMs: 50 });
    const queue = createFairQueue({ max: 10, maxQueued: 10, maxWaitMs: 1_000, rate });
    expect((await queue.acquire('a')).ok).toBe(true);
    let second: Turn | undefined;
    void queue.acquire('a').then((turn) => (second = turn));
    await vi.advanceTimersByTimeAsync(49);
    expect(second).toBeUndefined();
    tokens = 1;
    await vi.advanceTimersByTimeAsync(1);
    expect(second?.ok).toBe(true);
  });

  it('ignores a second release of the same turn', async () => {
    const queue = createFairQueue({ max: 1, maxQueued: 0, maxWaitMs: 100 });
    const turn = await queue.acquire('a');
    if (!turn.ok) throw new Error('no turn');
    turn.release();
    turn.release();
    expect((await queue.acquire('a')).ok).toBe(true);
    expect(await queue.acquire('a')).toEqual({ ok: false, reason: 'full' });
  });
});
