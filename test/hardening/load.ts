/**
 * Load: `connections` keep-alive clients on loopback for `seconds`, half on a cached route, half on
 * an uncached one (Destiny accounts with ids nobody has: each is an upstream call, never kept).
 * Runs the built server live against the recorded demo upstream, with the per-address rate limit
 * and Bungie's outgoing rate raised: every client here is one address, and the point is the
 * proxy's own throughput. The generator shares the machine's cores with the server and upstream.
 *
 *   npx tsx test/hardening/load.ts [seconds] [connections]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bungieDemoDirectory } from '../../src/demo/bungie/directory.ts';
import { percentile, runLoad as runLoadGenerator } from '../support/load-generator.ts';
import { buildServer, figuresTable, startLiveServer, startRecordedUpstream } from './harness.ts';

export interface LoadFigures {
  requests: number;
  errors: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  cached: { requests: number; p50Ms: number; p99Ms: number };
  uncached: { requests: number; p50Ms: number; p99Ms: number };
  upstreamCalls: number;
  rssStartMb: number;
  /** A quarter into the run: sockets open, caches and heap grown to their working size. */
  rssWarmMb: number;
  rssEndMb: number;
}

const CACHED = `/api/bungie/Platform/Destiny/2/Account/${bungieDemoDirectory.accounts[0]!.membershipId}/`;
/** Far from every demo account, so each is "not found": a real upstream call whose answer is not cached. */
const uncached = (n: number) => `/api/bungie/Platform/Destiny/2/Account/${9_000_000_000_000 + n}/`;

/** VmRSS of a process, in MB (Linux: /proc). */
export function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return Math.round(kb / 102.4) / 10;
}

const ms = (sorted: number[], share: number) => Math.round(percentile(sorted, share) * 100) / 100;

export async function runLoad(options: {
  seconds: number;
  connections: number;
  build?: boolean;
}): Promise<LoadFigures> {
  if (options.build !== false) buildServer();
  const upstream = await startRecordedUpstream();
  // A cache entry that outlives the run, so the cached route costs exactly one upstream call.
  const server = await startLiveServer(upstream.origin, {
    RATE_LIMIT_REQUESTS: '0',
    BUNGIE_RATE_PER_SECOND: '100000',
    CACHE_TTL_MS: '3600000',
  });
  try {
    const rssStartMb = rssMb(server.pid);
    let rssWarmMb = rssStartMb;
    const warm = setTimeout(() => (rssWarmMb = rssMb(server.pid)), (options.seconds * 1000) / 4);
    const callsAtStart = upstream.calls.length;
    const load = await runLoadGenerator({
      origin: server.origin,
      connections: options.connections,
      durationMs: options.seconds * 1000,
      headers: { 'Accept-Encoding': 'gzip' },
      group: (connection) => (connection % 2 === 0 ? 'cached' : 'uncached'),
      path: (connection, sequence) => (connection % 2 === 0 ? CACHED : uncached(sequence)),
    });
    clearTimeout(warm);
    const summary = (sorted: number[] = []) => ({
      requests: sorted.length,
      p50Ms: ms(sorted, 0.5),
      p99Ms: ms(sorted, 0.99),
    });
    return {
      requests: load.requests,
      errors: load.errors,
      rps: Math.round(load.requestsPerSecond),
      p50Ms: ms(load.latencies, 0.5),
      p99Ms: ms(load.latencies, 0.99),
      cached: summary(load.groups.get('cached')),
      uncached: summary(load.groups.get('uncached')),
      upstreamCalls: upstream.calls.length - callsAtStart,
      rssStartMb,
      rssWarmMb,
      rssEndMb: rssMb(server.pid),
    };
  } finally {
    await server.stop();
    await upstream.close();
  }
}

export function loadTable(figures: LoadFigures, seconds: number, connections: number): string {
  const route = (r: LoadFigures['cached']) => `${r.requests} requests, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`;
  return figuresTable(`Load: ${seconds} s, ${connections} keep-alive connections on loopback`, [
    ['requests', figures.requests],
    ['requests/s', figures.rps],
    ['p50 / p99 latency', `${figures.p50Ms} ms / ${figures.p99Ms} ms`],
    ['cached route', route(figures.cached)],
    ['uncached route', route(figures.uncached)],
    ['errors', figures.errors],
    ['upstream calls', figures.upstreamCalls],
    ['server RSS start / warm / end', `${figures.rssStartMb} MB / ${figures.rssWarmMb} MB / ${figures.rssEndMb} MB`],
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const seconds = Number(process.argv[2] ?? 60);
  const connections = Number(process.argv[3] ?? 200);
  const figures = await runLoad({ seconds, connections });
  console.log(loadTable(figures, seconds, connections));
  process.exitCode = figures.errors === 0 ? 0 : 1;
}
