/**
 * docs/scaling.md's figures: requests a second on cache hits for one instance and for three
 * sharing one redis-server, and what the store adds to a hit (an answer another instance kept,
 * against one this instance keeps itself). Uses the build in dist/hardening (npm run
 * test:hardening makes it, or pass --build).
 *
 *   npx tsx test/hardening/scale-figures.ts [seconds] [connections] [--build]
 */
import type { RunningServer } from '../e2e/server-process.ts';
import { percentile, runLoad } from '../support/load-generator.ts';
import { buildServer, figuresTable, startLiveServer } from './harness.ts';
import { account, startCountingUpstream, startRedis } from './scale-out.ts';

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 60);
if (process.argv.includes('--build')) buildServer();

const redis = await startRedis();
const upstream = await startCountingUpstream();
// The per-client limit stays on, out of reach, so each request still spends from it (in the store when shared).
const env = {
  RATE_LIMIT_REQUESTS: '1000000',
  RATE_LIMIT_WINDOW_MS: '1000',
  BUNGIE_RATE_PER_SECOND: '100000',
  CACHE_TTL_MS: '3600000',
};
const alone = await startLiveServer(upstream.origin, env);
const servers = await Promise.all(
  [0, 1, 2].map(() => startLiveServer(upstream.origin, { ...env, REDIS_URL: redis.url })),
);
const [a, b] = servers as [RunningServer, RunningServer];

/** Hits spread over `over`, `connections` split between them, run side by side. */
async function hitsPerSecond(over: RunningServer[]): Promise<{ rps: number; p50: number; p99: number }> {
  const path = account(1);
  for (const server of over) await (await fetch(server.origin + path)).arrayBuffer();
  const runs = await Promise.all(
    over.map((server) =>
      runLoad({
        origin: server.origin,
        connections: Math.round(connections / over.length),
        durationMs: seconds * 1000,
        headers: { 'Accept-Encoding': 'gzip' },
        path: () => path,
      }),
    ),
  );
  const latencies = runs.flatMap((run) => run.latencies).sort((x, y) => x - y);
  if (runs.some((run) => run.errors)) throw new Error('errors under load');
  return {
    rps: Math.round(runs.reduce((total, run) => total + run.requestsPerSecond, 0)),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

/** One request at a time, each key once: milliseconds, sorted. */
async function timed(server: RunningServer, ids: number[]): Promise<number[]> {
  const times: number[] = [];
  for (const id of ids) {
    const started = performance.now();
    const response = await fetch(server.origin + account(id));
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.headers.get('X-Cache') !== 'hit')
      throw new Error(`expected a hit, got ${response.headers.get('X-Cache')}`);
  }
  return times.sort((x, y) => x - y);
}

try {
  const baseline = await hitsPerSecond([alone]);
  const one = await hitsPerSecond([a]);
  const three = await hitsPerSecond(servers);
  const ids = Array.from({ length: 300 }, (_, i) => 100_000 + i);
  for (const id of ids) await (await fetch(a.origin + account(id))).arrayBuffer();
  for (const id of ids) await (await fetch(alone.origin + account(id))).arrayBuffer();
  const noStore = await timed(alone, ids);
  const fromStore = await timed(b, ids);
  const local = await timed(b, ids);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    figuresTable(`Cache hits, ${seconds} s, ${connections} keep-alive connections on loopback`, [
      ['one instance, no store', `${baseline.rps} requests/s, p50 ${ms(baseline.p50)}, p99 ${ms(baseline.p99)}`],
      ['one instance with the store', `${one.rps} requests/s, p50 ${ms(one.p50)}, p99 ${ms(one.p99)}`],
      ['three sharing the store', `${three.rps} requests/s, p50 ${ms(three.p50)}, p99 ${ms(three.p99)}`],
    ]),
  );
  console.log(
    figuresTable(`A hit, one request at a time, ${ids.length} keys`, [
      [
        'kept by an instance with no store',
        `p50 ${ms(percentile(noStore, 0.5))}, p99 ${ms(percentile(noStore, 0.99))}`,
      ],
      [
        'kept by this instance (budget in the store)',
        `p50 ${ms(percentile(local, 0.5))}, p99 ${ms(percentile(local, 0.99))}`,
      ],
      [
        'kept by another (from the store)',
        `p50 ${ms(percentile(fromStore, 0.5))}, p99 ${ms(percentile(fromStore, 0.99))}`,
      ],
      ['the store adds', `p50 ${ms(percentile(fromStore, 0.5) - percentile(noStore, 0.5))}`],
    ]),
  );
} finally {
  await Promise.all([alone, ...servers].map((server) => server.stop()));
  await upstream.close();
  await redis.stop();
}
