import { describe, expect, it, vi } from 'vitest';
import { createApp } from './app.ts';
import { readConfig, type UpstreamGuardLimits } from './config.ts';
import { memoryCommands } from '../../test/support/memory-store.ts';
import { resilientStore } from './shared-store.ts';
import { createUpstreamGuard } from './upstream-guard.ts';
import { UpstreamError } from './upstream.ts';

const limits: UpstreamGuardLimits = {
  concurrency: 2,
  queue: 1,
  circuitFailures: 2,
  circuitCoolDownMs: 30_000,
  bungieRatePerSecond: 25,
};
const call = { client: '192.0.2.1', path: '/a' };
const ok = async () => ({ status: 200 });
const serverError = async () => ({ status: 503 });
const timeout = async (): Promise<{ status: number }> => {
  throw new UpstreamError('upstream_timeout', 'slow');
};

async function codeOf(promise: Promise<unknown>): Promise<[string, string | undefined]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UpstreamError) return [error.code, error.retryAfter];
    throw error;
  }
  return ['ok', undefined];
}

describe('createUpstreamGuard', () => {
  it('opens the circuit after consecutive failures, timeouts and 5xx alike, and says when it will try again', async () => {
    const guard = createUpstreamGuard('playfab', limits);
    await codeOf(guard(timeout, call));
    await guard(serverError, call);
    let refused: unknown;
    await guard(ok, call).catch((error) => (refused = error));
    expect(refused).toMatchObject({ code: 'upstream_circuit_open', retryAfter: '30' });
    expect((refused as Error).message).toMatch(/^PlayFab is failing.*again in 30 s\.$/);
  });

  it("opens on one path's 500s only once other paths fail too: one bad id does not break the provider", async () => {
    const guard = createUpstreamGuard('bungie', { ...limits, circuitFailures: 3 });
    const at = (path: string, status: number) => guard(async () => ({ status }), { ...call, path });
    for (let i = 0; i < 10; i++) await at('/bad-id', 500);
    await codeOf(
      guard(async () => Promise.reject(new UpstreamError('upstream_bad_response', 'html', undefined, 200)), {
        ...call,
        path: '/bad-id',
      }),
    );
    expect(await codeOf(at('/good', 200))).toEqual(['ok', undefined]);
    await at('/bad-id', 500);
    await at('/other', 500);
    await at('/third', 500);
    expect(await codeOf(at('/good', 200))).toEqual(['upstream_circuit_open', '30']);
  });

  it('opens on gateway errors and timeouts from any one path', async () => {
    const guard = createUpstreamGuard('xbox', { ...limits, circuitFailures: 3 });
    await guard(serverError, call);
    await codeOf(guard(timeout, call));
    await guard(async () => ({ status: 504 }), call);
    expect(await codeOf(guard(ok, call))).toEqual(['upstream_circuit_open', '30']);
  });

  it('does not count clean answers, 4xx included, as failures', async () => {
    const guard = createUpstreamGuard('xbox', limits);
    for (let i = 0; i < 5; i++) {
      await guard(async () => ({ status: 404 }), call);
      await codeOf(guard(async () => Promise.reject(new UpstreamError('unauthorized', 'no')), call));
      await codeOf(guard(timeout, call));
    }
    expect(await codeOf(guard(ok, call))).toEqual(['ok', undefined]);
  });

  it('queues past the concurrency cap and refuses with upstream_busy when the queue is full', async () => {
    const guard = createUpstreamGuard('xbox', limits);
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const slow = async () => (await held, { status: 200 });
    const running = [guard(slow, call), guard(slow, call), guard(slow, call)];
    expect(await codeOf(guard(ok, call))).toEqual(['upstream_busy', '1']);
    finish();
    expect(await Promise.all(running)).toHaveLength(3);
    expect(await codeOf(guard(ok, call))).toEqual(['ok', undefined]);
  });

  it('holds Bungie to its documented rate: a one-second burst, then waits, then refusals', async () => {
    vi.useFakeTimers();
    try {
      const guard = createUpstreamGuard(
        'bungie',
        { ...limits, concurrency: 1_000, queue: 1_000, bungieRatePerSecond: 25 },
        { now: Date.now },
      );
      let calls = 0;
      const count = async () => (calls++, { status: 200 });
      await Promise.all(Array.from({ length: 25 }, () => guard(count, call)));
      expect(calls).toBe(25);
      // 90% of 25/s refills a token every 44.4 ms: 45 more in the 2 s a call may wait (the last at its
      // very end), the rest refused, in order.
      const later = Promise.all(Array.from({ length: 50 }, () => codeOf(guard(count, call))));
      await vi.advanceTimersByTimeAsync(2_100);
      const outcomes = (await later).map(([code]) => code);
      expect(new Set(outcomes.slice(0, 44))).toEqual(new Set(['ok']));
      expect(new Set(outcomes.slice(45))).toEqual(new Set(['upstream_busy']));
    } finally {
      vi.useRealTimers();
    }
  });

  it("serves waiting clients in turn: a flood from one client leaves another's call next in line", async () => {
    vi.useFakeTimers();
    try {
      const guard = createUpstreamGuard('bungie', {
        ...limits,
        concurrency: 1_000,
        queue: 1_000,
        bungieRatePerSecond: 10,
      });
      const order: string[] = [];
      const as = (client: string) => guard(async () => (order.push(client), { status: 200 }), { client, path: '/' });
      const flood = Array.from({ length: 40 }, () => codeOf(as('flood')));
      await vi.advanceTimersByTimeAsync(200);
      const other = as('other');
      // A burst of 10, then a token every 111 ms at 90% of 10/s: the flood had 11 when the other
      // client came, and the next token is the other client's.
      await vi.advanceTimersByTimeAsync(30);
      await other;
      expect(order.indexOf('other')).toBe(11);
      await vi.advanceTimersByTimeAsync(3_000);
      await Promise.all(flood);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves other providers unlimited by Bungie rate', async () => {
    const guard = createUpstreamGuard('playfab', { ...limits, concurrency: 1_000, bungieRatePerSecond: 1 });
    const outcomes = await Promise.all(Array.from({ length: 100 }, () => codeOf(guard(ok, call))));
    expect(outcomes.every(([code]) => code === 'ok')).toBe(true);
  });
});

describe('the guard in the proxy', () => {
  it('counts only real upstream calls: cache hits and coalesced requests pass an open circuit', async () => {
    let fail = false;
    let calls = 0;
    const fetch = (async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return fail
        ? new Response('<html>down</html>', { status: 500, headers: { 'Content-Type': 'text/html' } })
        : new Response('{"ErrorCode":1}', { headers: { 'Content-Type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const config = readConfig({ BUNGIE_API_KEY: 'k', BUNGIE_ORIGIN: 'https://bungie.test', CIRCUIT_FAILURES: '2' });
    const app = createApp({ config, fetch });
    const cached = '/api/bungie/Platform/Destiny/2/Account/1/';
    const coalesced = await Promise.all([app.request(cached), app.request(cached), app.request(cached)]);
    expect(coalesced.map((response) => response.headers.get('X-Cache')).sort()).toEqual([
      'coalesced',
      'coalesced',
      'miss',
    ]);
    expect(calls).toBe(1);

    fail = true;
    expect((await app.request('/api/bungie/Platform/Destiny/2/Account/2/')).status).toBe(502);
    expect((await app.request('/api/bungie/Platform/Destiny/2/Account/3/')).status).toBe(502);
    const refused = await app.request('/api/bungie/Platform/Destiny/2/Account/4/');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('10');
    expect(await refused.json()).toMatchObject({ error: { code: 'upstream_circuit_open', provider: 'bungie' } });
    expect(calls).toBe(3);
    expect((await app.request(cached)).headers.get('X-Cache')).toBe('hit');
  });
});

describe('one deadline for the wait and the call', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** A 250 ms exchange that, like fetchUpstream, gives up when its time is up. */
  const slowCall = async (timeLeftMs?: number) => {
    await Promise.race([
      sleep(250),
      sleep(timeLeftMs!).then(() => Promise.reject(new UpstreamError('upstream_timeout', 'slow'))),
    ]);
    return { status: 200 };
  };

  it('answers the last of six 250 ms calls on one slot within its 400 ms timeout, not after 1.5 s', async () => {
    const guard = createUpstreamGuard('playfab', { ...limits, concurrency: 1, queue: 10 });
    const started = Date.now();
    const answered: number[] = [];
    const codes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        codeOf(guard(slowCall, { ...call, path: `/${i}`, timeoutMs: 400 })).finally(() =>
          answered.push(Date.now() - started),
        ),
      ),
    );
    expect(codes[0]).toEqual(['ok', undefined]);
    expect(codes.slice(1).map(([code]) => code)).toEqual([
      'upstream_timeout',
      'upstream_busy',
      'upstream_busy',
      'upstream_busy',
      'upstream_busy',
    ]);
    expect(Math.max(...answered)).toBeLessThan(600);
  });

  it('takes a waiter whose client has gone out of line, without calling upstream', async () => {
    const guard = createUpstreamGuard('xbox', { ...limits, concurrency: 1, queue: 10 });
    let finish!: () => void;
    const first = guard(
      () => new Promise<{ status: number }>((resolve) => (finish = () => resolve({ status: 200 }))),
      call,
    );
    const left = new AbortController();
    let called = false;
    const waiting = codeOf(
      guard(
        async () => {
          called = true;
          return { status: 200 };
        },
        { ...call, signal: left.signal },
      ),
    );
    left.abort();
    expect(await waiting).toEqual(['upstream_busy', '1']);
    finish();
    await first;
    expect(called).toBe(false);
    // Its place is free again: the next caller goes at once.
    expect(await codeOf(guard(ok, call))).toEqual(['ok', undefined]);
  });
});

describe('guards sharing a store', () => {
  const shared = () => resilientStore(memoryCommands(), () => {});

  it("refuses calls on every instance while one instance's circuit is open", async () => {
    const store = shared();
    const [a, b] = [
      createUpstreamGuard('playfab', limits, { store }),
      createUpstreamGuard('playfab', limits, { store }),
    ];
    await codeOf(a(timeout, call));
    await codeOf(a(timeout, call));
    let called = false;
    const refused = await codeOf(b(async () => ((called = true), { status: 200 }), call));
    expect(refused).toEqual(['upstream_circuit_open', '30']);
    expect(called).toBe(false);
  });

  it("spends one Bungie budget between them: a token from the store's bucket after its own", async () => {
    const store = shared();
    const rated = { ...limits, concurrency: 10, queue: 10, bungieRatePerSecond: 5 };
    const [a, b] = [createUpstreamGuard('bungie', rated, { store }), createUpstreamGuard('bungie', rated, { store })];
    const quick = { ...call, timeoutMs: 50 };
    const codes = [];
    for (const guard of [a, b, a, b, a, b]) codes.push((await codeOf(guard(ok, quick)))[0]);
    expect(codes).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'upstream_busy']);
  });
});
