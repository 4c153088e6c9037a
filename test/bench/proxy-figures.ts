import { Agent, request } from 'node:http';
import { bungieDemoDirectory } from '../../src/demo/bungie/directory.ts';
import { SECRETS, startLiveServer, type UpstreamCall } from '../hardening/harness.ts';
import { percentile, runLoad, type LoadResult } from '../support/load-generator.ts';

const CONNECTIONS = 64;
const PAIRS = 400;
const WARM_UP = 20;
/** 20 proxied calls a second: under Bungie's 25. */
const PAIR_INTERVAL_MS = 50;
const SECONDS = 10;

/** Requests per second for a route the proxy has cached, as a browser asks for it (gzip). */
export async function cacheHitLoad(origin: string, path: string): Promise<{ result: LoadResult; connections: number; seconds: number }> {
  await fetch(`${origin}${path}`);
  const headers = { Accept: 'application/json', 'Accept-Encoding': 'gzip' };
  const result = await runLoad({ origin, path: () => path, headers, connections: CONNECTIONS, durationMs: SECONDS * 1000 });
  return { result, connections: CONNECTIONS, seconds: SECONDS };
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** One GET on a kept-alive connection, body read to the end; resolves with the milliseconds it took. */
function timedGet(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    request(url, { agent, headers }, (response) => {
      response.on('data', () => {});
      response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`HTTP ${response.statusCode} from ${url}`))));
    })
      .on('error', reject)
      .end();
  });
}

/**
 * What the proxy adds to an upstream call: the same request made directly and through a proxy
 * with its cache off, alternately, so both see the same machine; the figure is the difference of
 * each pair. Both go through the recorder in front of the demo, so its cost cancels out. Pairs
 * are paced below Bungie's documented 25 calls a second, which the proxy otherwise enforces by
 * making callers wait: that wait is the provider's rule, not the proxy's overhead.
 */
export async function proxyOverheadMs(upstreamOrigin: string, env: Record<string, string>): Promise<{ p50: number; p99: number; samples: number }> {
  const server = await startLiveServer(upstreamOrigin, { ...env, CACHE_TTL_MS: '0' });
  const account = bungieDemoDirectory.accounts[0]!;
  const path = `/Platform/Destiny/${account.membershipType}/Account/${account.membershipId}/`;
  const direct = () => timedGet(`${upstreamOrigin}${path}`, { 'X-API-Key': SECRETS.BUNGIE_API_KEY, 'Accept-Encoding': 'gzip' });
  const proxied = () => timedGet(`${server.origin}/api/bungie${path}`, { 'Accept-Encoding': 'gzip' });
  try {
    const differences: number[] = [];
    for (let i = 0; i < PAIRS + WARM_UP; i++) {
      const paced = new Promise((resolve) => setTimeout(resolve, PAIR_INTERVAL_MS));
      const viaProxy = await proxied();
      const difference = viaProxy - (await direct());
      if (i >= WARM_UP) differences.push(difference);
      await paced;
    }
    differences.sort((a, b) => a - b);
    return { p50: percentile(differences, 0.5), p99: percentile(differences, 0.99), samples: differences.length };
  } finally {
    await server.stop();
  }
}

/** Fires `count` identical requests at once for something not yet cached; returns how many reached the upstream. */
export async function coalescedUpstreamCalls(origin: string, upstreamCalls: UpstreamCall[], count: number): Promise<number> {
  const account = bungieDemoDirectory.accounts.find((candidate) => !candidate.inventorySize && candidate !== bungieDemoDirectory.accounts[0])!;
  const path = `/Platform/Destiny/${account.membershipType}/Account/${account.membershipId}/Character/${account.characters.at(-1)!.characterId}/Inventory/?definitions=true`;
  const before = upstreamCalls.length;
  const statuses = await Promise.all(Array.from({ length: count }, () => fetch(`${origin}/api/bungie${path}`).then((response) => response.status)));
  if (statuses.some((status) => status !== 200)) throw new Error(`coalescing run got statuses ${[...new Set(statuses)].join(', ')}`);
  return upstreamCalls.slice(before).filter((call) => call.url === path).length;
}
