import { describe, expect, it, vi } from 'vitest';
import { createResponseCache } from './response-cache.ts';

function setup(
  options: { maxEntries?: number; maxBytes?: number; keepable?: (value: string) => boolean | Promise<boolean> } = {},
) {
  let time = 0;
  const cache = createResponseCache<string>({ maxEntries: 10, maxBytes: 1000, ...options, now: () => time });
  const keep = (value: string) => ({ ttlMs: 100, bytes: value.length });
  return { cache, keep, advance: (ms: number) => (time += ms) };
}

describe('createResponseCache', () => {
  it('serves a kept value until its TTL ends', async () => {
    const { cache, keep, advance } = setup();
    const loader = vi.fn(async () => 'body');
    expect(await cache.load('a', loader, keep)).toEqual({ value: 'body', outcome: 'miss' });
    advance(99);
    expect(await cache.load('a', loader, keep)).toEqual({ value: 'body', outcome: 'hit' });
    advance(1);
    expect(await cache.load('a', loader, keep)).toEqual({ value: 'body', outcome: 'miss' });
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('does not keep values the retention refuses', async () => {
    const { cache } = setup();
    const loader = vi.fn(async () => 'error envelope');
    await cache.load('a', loader, () => null);
    await cache.load('a', loader, () => ({ ttlMs: 0, bytes: 1 }));
    await cache.load('a', loader, () => null);
    expect(loader).toHaveBeenCalledTimes(3);
  });

  it('shares one load between concurrent callers, failures included', async () => {
    const { cache, keep } = setup();
    let release!: (value: string) => void;
    const loader = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const results = Array.from({ length: 5 }, () => cache.load('a', loader, keep));
    release('body');
    expect((await Promise.all(results)).map((result) => result.outcome)).toEqual([
      'miss',
      'coalesced',
      'coalesced',
      'coalesced',
      'coalesced',
    ]);
    expect(loader).toHaveBeenCalledTimes(1);

    const failing = vi.fn(async () => {
      throw new Error('down');
    });
    const failures = await Promise.allSettled([cache.load('b', failing, keep), cache.load('b', failing, keep)]);
    expect(failures.map((failure) => failure.status)).toEqual(['rejected', 'rejected']);
    expect(failing).toHaveBeenCalledTimes(1);
    // A failure is not remembered: the next call tries again.
    await expect(cache.load('b', async () => 'back', keep)).resolves.toMatchObject({ value: 'back', outcome: 'miss' });
  });

  it('evicts the least recently used entry beyond its entry bound', async () => {
    const { cache, keep } = setup({ maxEntries: 2 });
    await cache.load('a', async () => 'a', keep);
    await cache.load('b', async () => 'b', keep);
    await cache.load('a', async () => 'a', keep); // a is now the most recent
    await cache.load('c', async () => 'c', keep);
    expect((await cache.load('a', async () => 'a', keep)).outcome).toBe('hit');
    expect((await cache.load('b', async () => 'b', keep)).outcome).toBe('miss');
  });

  it('stays within its byte bound and skips bodies too large to keep', async () => {
    const { cache, keep } = setup({ maxBytes: 100 });
    await cache.load('a', async () => 'x'.repeat(25), keep);
    await cache.load('b', async () => 'x'.repeat(25), keep);
    await cache.load('c', async () => 'x'.repeat(25), keep);
    await cache.load('d', async () => 'x'.repeat(25), keep);
    await cache.load('e', async () => 'x'.repeat(25), keep);
    expect((await cache.load('a', async () => '', keep)).outcome).toBe('miss');
    expect((await cache.load('e', async () => '', keep)).outcome).toBe('hit');

    await cache.load('huge', async () => 'x'.repeat(26), keep);
    expect((await cache.load('huge', async () => '', keep)).outcome).toBe('miss');
  });

  it('asks keepable last, only of values it would otherwise keep, and keeps none it refuses', async () => {
    const keepable = vi.fn((value: string) => value !== 'cut');
    const { cache, keep } = setup({ maxBytes: 100, keepable });
    await cache.load('a', async () => 'cut', keep);
    expect((await cache.load('a', async () => 'whole', keep)).outcome).toBe('miss');
    expect((await cache.load('a', async () => '', keep)).outcome).toBe('hit');
    await cache.load('b', async () => 'x'.repeat(26), keep);
    await cache.load(
      'c',
      async () => 'uncached',
      () => null,
    );
    expect(keepable.mock.calls.map(([value]) => value)).toEqual(['cut', 'whole']);
  });

  it('keeps a value once a keepable that answers later says so, and the caller gets it after the verdict', async () => {
    let verdict!: (whole: boolean) => void;
    const { cache, keep } = setup({ keepable: () => new Promise<boolean>((resolve) => (verdict = resolve)) });
    let answered = false;
    const first = cache.load('a', async () => 'whole', keep).then((result) => ((answered = true), result));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBe(false);
    verdict(true);
    expect(await first).toEqual({ value: 'whole', outcome: 'miss' });
    expect(cache.hit('a')).toBe('whole');
  });

  it('counts what a kept value grows by, evicting to stay within bytes, and drops one grown too heavy', async () => {
    const { cache, keep } = setup({ maxBytes: 100 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) await cache.load(key, async () => 'x'.repeat(20), keep);
    const { value: d } = await cache.load('d', async () => '', keep);
    // d's copy brings the total to 105: a, the least recently used, goes.
    cache.resize('d', d, 25);
    expect((await cache.load('b', async () => '', keep)).outcome).toBe('hit');
    expect((await cache.load('a', async () => 'x'.repeat(20), keep)).outcome).toBe('miss');
    // Past a quarter of the bound, d is dropped rather than flushing the rest.
    cache.resize('d', d, 26);
    expect((await cache.load('d', async () => 'x'.repeat(20), keep)).outcome).toBe('miss');
    expect((await cache.load('b', async () => '', keep)).outcome).toBe('hit');
    // A value no longer kept under its key is left alone.
    cache.resize('b', 'another value', 99);
    expect((await cache.load('b', async () => '', keep)).outcome).toBe('hit');
  });
});

describe('a load nobody waits for any more', () => {
  it("aborts the loader's signal only once every caller has left", async () => {
    const cache = createResponseCache<string>({ maxEntries: 10, maxBytes: 1_000 });
    let loaderSignal: AbortSignal | undefined;
    let finish!: (value: string) => void;
    const loader = (signal: AbortSignal) => {
      loaderSignal = signal;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    const keep = () => ({ ttlMs: 1_000, bytes: 1 });
    const a = new AbortController();
    const b = new AbortController();
    const first = cache.load('k', loader, keep, a.signal).catch(() => undefined);
    const second = cache.load('k', loader, keep, b.signal);
    a.abort();
    expect(loaderSignal?.aborted).toBe(false);
    b.abort();
    expect(loaderSignal?.aborted).toBe(true);
    finish('late');
    await first;
    expect((await second).value).toBe('late');
  });
});
