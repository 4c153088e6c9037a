import { spawn } from 'node:child_process';
import { Agent, request, type ClientRequest } from 'node:http';
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
export async function cacheHitLoad(
  origin: string,
  path: string,
): Promise<{ result: LoadResult; connections: number; seconds: number }> {
  await fetch(`${origin}${path}`);
  const headers = { Accept: 'application/json', 'Accept-Encoding': 'gzip' };
  const result = await runLoad({
    origin,
    path: () => path,
    headers,
    connections: CONNECTIONS,
    durationMs: SECONDS * 1000,
  });
  return { result, connections: CONNECTIONS, seconds: SECONDS };
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
/** Far above any figure here: a call this slow means a broken relay or server, and the bench says so. */
const CALL_TIMEOUT_MS = 10_000;

/** One GET on a kept-alive connection, body read to the end; resolves with the milliseconds it took. */
function timedGet(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    request(url, { agent, headers, timeout: CALL_TIMEOUT_MS }, (response) => {
      response.on('data', () => {});
      // A connection that breaks mid-body ends the call with an error, not with a wait forever.
      response.on('error', reject);
      response.on('end', () =>
        response.statusCode === 200
          ? resolve(performance.now() - started)
          : reject(new Error(`HTTP ${response.statusCode} from ${url}`)),
      );
    })
      .on('timeout', function (this: ClientRequest) {
        this.destroy(new Error(`no answer from ${url} within ${CALL_TIMEOUT_MS} ms`));
      })
      .on('error', reject)
      .end();
  });
}

/**
 * What a relay adds to an upstream call: the same request made directly and through the relay,
 * alternately, so both see the same machine; the figure is the difference of each pair. Pairs
 * are paced below Bungie's documented 25 calls a second, which the proxy otherwise enforces by
 * making callers wait: that wait is the provider's rule, not the proxy's overhead.
 */
async function pairedOverheadMs(
  direct: () => Promise<number>,
  relayed: () => Promise<number>,
): Promise<OverheadFigures> {
  const differences: number[] = [];
  for (let i = 0; i < PAIRS + WARM_UP; i++) {
    const paced = new Promise((resolve) => setTimeout(resolve, PAIR_INTERVAL_MS));
    const viaRelay = await relayed();
    const difference = viaRelay - (await direct());
    if (i >= WARM_UP) differences.push(difference);
    await paced;
  }
  differences.sort((a, b) => a - b);
  return { p50: percentile(differences, 0.5), p99: percentile(differences, 0.99), samples: differences.length };
}

export interface OverheadFigures {
  p50: number;
  p99: number;
  samples: number;
}

const overheadPath = () => {
  const account = bungieDemoDirectory.accounts[0]!;
  return `/Platform/Destiny/${account.membershipType}/Account/${account.membershipId}/`;
};
/** Straight to the path the proxy sends upstream, under its default Destiny 1 prefix. */
const directCall = (upstreamOrigin: string) => () =>
  timedGet(`${upstreamOrigin}/d1${overheadPath()}`, { 'X-API-Key': SECRETS.BUNGIE_API_KEY, 'Accept-Encoding': 'gzip' });

/** The proxy with its cache off, so every request goes upstream. Both calls go through the recorder in front of the demo, so its cost cancels out. */
export async function proxyOverheadMs(upstreamOrigin: string, env: Record<string, string>): Promise<OverheadFigures> {
  const server = await startLiveServer(upstreamOrigin, { ...env, CACHE_TTL_MS: '0' });
  try {
    return await pairedOverheadMs(directCall(upstreamOrigin), () =>
      timedGet(`${server.origin}/api/bungie${overheadPath()}`, { 'Accept-Encoding': 'gzip' }),
    );
  } finally {
    await server.stop();
  }
}

/**
 * The floor under the proxy's figure on this machine: a relay that only pipes, in its own
 * process like the proxy, with no checks, log, compression or cache. Its cost is the extra
 * process and the two extra hops any proxy has.
 */
const BARE_RELAY = `
const { Agent, createServer, request } = require('node:http');
const agent = new Agent({ keepAlive: true });
const upstream = new URL(process.env.UPSTREAM);
const server = createServer((incoming, outgoing) => {
  const headers = { 'X-API-Key': process.env.API_KEY, 'Accept-Encoding': 'gzip' };
  const path = '/d1' + incoming.url.slice('/api/bungie'.length);
  request({ host: upstream.hostname, port: upstream.port, path, headers, agent }, (answer) => {
    outgoing.writeHead(answer.statusCode, answer.headers);
    answer.pipe(outgoing);
  })
    .on('error', () => outgoing.destroy())
    .end();
});
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

export async function bareRelayOverheadMs(upstreamOrigin: string): Promise<OverheadFigures> {
  const relay = spawn(process.execPath, ['-e', BARE_RELAY], {
    env: { UPSTREAM: upstreamOrigin, API_KEY: SECRETS.BUNGIE_API_KEY },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A process that could not start reports an error and may never exit.
  const exited = new Promise((resolve) => relay.once('exit', resolve).once('error', resolve));
  try {
    const port = await new Promise<string>((resolve, reject) => {
      relay.stdout!.once('data', (chunk) => resolve(String(chunk).trim()));
      relay.once('error', reject);
      void exited.then(() => reject(new Error('the bare relay stopped before it listened')));
      setTimeout(
        () => reject(new Error(`the bare relay did not listen within ${CALL_TIMEOUT_MS} ms`)),
        CALL_TIMEOUT_MS,
      ).unref();
    });
    return await pairedOverheadMs(directCall(upstreamOrigin), () =>
      timedGet(`http://127.0.0.1:${port}/api/bungie${overheadPath()}`, { 'Accept-Encoding': 'gzip' }),
    );
  } finally {
    relay.kill();
    await exited;
  }
}

/** Fires `count` identical requests at once for something not yet cached; returns how many reached the upstream. */
export async function coalescedUpstreamCalls(
  origin: string,
  upstreamCalls: UpstreamCall[],
  count: number,
): Promise<number> {
  const account = bungieDemoDirectory.accounts.find(
    (candidate) => !candidate.inventorySize && candidate !== bungieDemoDirectory.accounts[0],
  )!;
  const path = `/Platform/Destiny/${account.membershipType}/Account/${account.membershipId}/Character/${account.characters.at(-1)!.characterId}/Inventory/?definitions=true`;
  const before = upstreamCalls.length;
  const statuses = await Promise.all(
    Array.from({ length: count }, () => fetch(`${origin}/api/bungie${path}`).then((response) => response.status)),
  );
  if (statuses.some((status) => status !== 200))
    throw new Error(`coalescing run got statuses ${[...new Set(statuses)].join(', ')}`);
  return upstreamCalls.slice(before).filter((call) => call.url === `/d1${path}`).length;
}
