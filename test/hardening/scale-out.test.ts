import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../e2e/server-process.ts';
import { figuresTable, startLiveServer } from './harness.ts';
import { account, startCountingUpstream, startRedis, type RedisProcess } from './scale-out.ts';

/**
 * Three built instances sharing one real redis-server (REDIS_URL), in front of an upstream that
 * counts its calls: they load each key once between them, keep one cache, spend one Bungie
 * budget, and keep serving on their own while the store is gone.
 */
const RATE = 20;
// The guard's bucket: a one-second burst, then 90% of the rate.
const BURST = RATE;
const REFILL = RATE * 0.9;
const TIMEOUT_MS = 4_000;
const SLOW = 3_000;
const HOLDER_DIES = 3_001;

let redis: RedisProcess;
let upstream: Awaited<ReturnType<typeof startCountingUpstream>>;
let servers: RunningServer[];
let nextId = 5_000_000;

const get = (server: RunningServer, path: string) => fetch(server.origin + path);

beforeAll(async () => {
  redis = await startRedis();
  upstream = await startCountingUpstream((path) =>
    path.endsWith(`/${SLOW}/`) ? 300 : path.endsWith(`/${HOLDER_DIES}/`) ? 1_000 : 0,
  );
  const env = {
    REDIS_URL: redis.url,
    RATE_LIMIT_REQUESTS: '0',
    BUNGIE_RATE_PER_SECOND: String(RATE),
    UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
    CACHE_TTL_MS: '60000',
  };
  servers = await Promise.all([0, 1, 2].map(() => startLiveServer(upstream.origin, env)));
}, 60_000);

afterAll(async () => {
  await Promise.all((servers ?? []).map((server) => server.stop()));
  await upstream?.close();
  await redis?.stop();
});

describe('three instances, one store', () => {
  it('makes one upstream call for 100 identical concurrent requests spread over the three', async () => {
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => get(servers[i % 3]!, account(SLOW))));
    await Promise.all(responses.map((response) => response.arrayBuffer()));
    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200));
    expect(upstream.callsTo(account(SLOW))).toBe(1);
    expect(responses.filter((response) => response.headers.get('X-Cache') === 'miss')).toHaveLength(1);
  });

  it('serves an answer one instance kept as a hit on the others', async () => {
    const path = account(nextId++);
    const [a, b, c] = servers as [RunningServer, RunningServer, RunningServer];
    expect((await get(a, path)).headers.get('X-Cache')).toBe('miss');
    expect((await get(b, path)).headers.get('X-Cache')).toBe('hit');
    expect((await get(c, path)).headers.get('X-Cache')).toBe('hit');
    expect(upstream.callsTo(path)).toBe(1);
  });

  it('fails no request when redis-server stops mid-load, says so once, and rejoins when it returns', async () => {
    const cached = Array.from({ length: 10 }, () => account(nextId++));
    for (const path of cached) expect((await get(servers[0]!, path)).status).toBe(200);
    const statuses: number[] = [];
    let stopping = false;
    // 20 requests at a time, in turn to each instance: kept answers, and fresh accounts (upstream
    // calls, about 10 a second: within the budget, shared or not) on every instance.
    let sent = 0;
    const client = async () => {
      while (!stopping) {
        const k = sent++;
        const path = k % 150 < 3 ? account(nextId++) : cached[k % cached.length]!;
        const response = await get(servers[k % 3]!, path);
        await response.arrayBuffer();
        statuses.push(response.status);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    };
    const load = Promise.all(Array.from({ length: 20 }, client));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await redis.stop();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    stopping = true;
    await load;
    expect(statuses.length).toBeGreaterThan(500);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    for (const server of servers) expect(server.output().match(/"store-down"/g)).toHaveLength(1);

    redis = await startRedis(redis.port);
    const deadline = Date.now() + 10_000;
    while (!servers.every((server) => server.output().includes('"store-back"')) && Date.now() < deadline) {
      await Promise.all(servers.map((server) => get(server, account(nextId++)).then((r) => r.arrayBuffer())));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    for (const server of servers) expect(server.output()).toContain('"store-back"');
    const path = account(nextId++);
    await get(servers[0]!, path);
    expect((await get(servers[1]!, path)).headers.get('X-Cache')).toBe('hit');
  }, 30_000);

  it('holds 300 distinct Bungie calls a second across the three to the configured rate', async () => {
    const start = upstream.calls.length;
    const statuses: Promise<number>[] = [];
    const offerMs = 3_000;
    const began = performance.now();
    // Catches up on each tick with what 300 a second should have sent by then, however late the tick.
    const ticker = setInterval(() => {
      while (statuses.length < ((performance.now() - began) * 300) / 1000) {
        const server = servers[statuses.length % 3]!;
        statuses.push(get(server, account(nextId++)).then(async (r) => (await r.arrayBuffer(), r.status)));
      }
    }, 20);
    await new Promise((resolve) => setTimeout(resolve, offerMs));
    clearInterval(ticker);
    const answered = await Promise.all(statuses);
    const calls = upstream.calls.slice(start).map((call) => call.at);
    const spanSeconds = (calls.at(-1)! - calls[0]!) / 1000;
    const allowed = BURST + REFILL * spanSeconds;
    console.log(
      figuresTable('Bungie rate across three instances', [
        ['offered', `${answered.length} in ${offerMs / 1000} s`],
        ['reached upstream', `${calls.length} in ${spanSeconds.toFixed(2)} s`],
        ['allowed (burst + refill × span)', allowed.toFixed(1)],
        ['answered 200', answered.filter((status) => status === 200).length],
        ['refused 503 (rate used up)', answered.filter((status) => status === 503).length],
      ]),
    );
    expect(answered.length).toBeGreaterThanOrEqual(offerMs * 0.3 - 10);
    expect(new Set(answered)).toEqual(new Set([200, 503]));
    expect(calls.length).toBeLessThanOrEqual(Math.ceil(allowed) + 2);
    // The budget is spent, not starved: each instance alone would allow this much.
    expect(calls.length).toBeGreaterThan(BURST + REFILL * 2);
  }, 30_000);

  it('does not leave the others waiting past the timeout when the instance loading for them dies', async () => {
    const [holder, ...others] = servers as [RunningServer, RunningServer, RunningServer];
    const path = account(HOLDER_DIES);
    get(holder, path).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 150));
    const started = performance.now();
    const waiting = others.map((server) =>
      get(server, path).then(async (response) => ({
        status: response.status,
        cache: response.headers.get('X-Cache'),
        ms: performance.now() - started,
        body: await response.text(),
      })),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    process.kill(holder.pid, 'SIGKILL');
    servers = others;
    const answers = await Promise.all(waiting);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.ms).toBeLessThan(TIMEOUT_MS);
    }
    // The dead holder's call, then one by whichever instance took over.
    expect(upstream.callsTo(path)).toBe(2);
  }, 30_000);
});
