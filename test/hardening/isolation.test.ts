import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentile } from '../support/load-generator.ts';
import type { RunningServer } from '../e2e/server-process.ts';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
import { figuresTable, startLiveServer } from './harness.ts';
import { ACCOUNTS, LARGE_MB, startIsolationUpstream } from './isolation-upstream.ts';
import { rssMb } from './load.ts';

/**
 * No client can hurt the rest, against a test upstream with a behaviour per id: one client's
 * flood, failing id, broken answer or large answers leave other clients' calls as they were.
 * Clients are told apart by X-Forwarded-For (TRUST_PROXY=1), as behind a reverse proxy.
 */
const RATE_PER_CLIENT = 40;
const LARGE_CALLS = 16;
const BODIES_MB = 64;

let server: RunningServer;
let upstream: Awaited<ReturnType<typeof startIsolationUpstream>>;

const account = (id: string | number) => `/api/bungie/Platform/Destiny/2/Account/${id}/`;
const as = (client: string, path: string, headers: Record<string, string> = {}) =>
  fetch(server.origin + path, { headers: { 'X-Forwarded-For': client, ...headers } });
/** A fresh id for each uncached call, far from the test upstream's special ones. */
let nextId = 7_000_000_000_000_000_000n;
const freshAccount = () => account(String(nextId++));

async function timed(client: string, path: string): Promise<number> {
  const started = performance.now();
  const response = await as(client, path);
  await response.arrayBuffer();
  expect(response.status).toBe(200);
  return performance.now() - started;
}

beforeAll(async () => {
  upstream = await startIsolationUpstream();
  server = await startLiveServer(upstream.origin, {
    TRUST_PROXY: '1',
    RATE_LIMIT_REQUESTS: String(RATE_PER_CLIENT),
    RATE_LIMIT_WINDOW_MS: '1000',
    // A quarter of this, 1 MiB, is the largest answer kept.
    CACHE_MB: '4',
    UPSTREAM_BODIES_MB: String(BODIES_MB),
  });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await upstream?.close();
});

describe('one client cannot hurt the rest', () => {
  it("one id answering 500 again and again leaves the provider's circuit closed for other paths", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await as('10.1.0.1', account(ACCOUNTS.failing))).status);
    const other = await as('10.1.0.2', freshAccount());
    console.log(
      figuresTable('One failing id', [
        ['its 20 answers', [...new Set(statuses)].join(', ')],
        ['another path', other.status],
      ]),
    );
    expect(new Set(statuses)).toEqual(new Set([500]));
    expect(other.status).toBe(200);
  });

  it('a PlayFab catalog cut short is passed on but not cached: the next call asks again and is kept whole', async () => {
    const catalog = () =>
      fetch(`${server.origin}/api/playfab/${playfabDemoDirectory.titleId}/Server/GetCatalogItems`, {
        method: 'POST',
        headers: { 'X-Forwarded-For': '10.2.0.1', 'Content-Type': 'application/json' },
        body: '{}',
      });
    const answers: { status: number; cache: string | null; text: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await catalog();
      answers.push({ status: response.status, cache: response.headers.get('X-Cache'), text: await response.text() });
    }
    console.log(
      figuresTable(
        'A PlayFab catalog cut short',
        answers.map((answer, i): [string, string] => [
          ['first', 'second', 'third'][i]!,
          `${answer.status} ${answer.cache}, ${answer.text.length} bytes`,
        ]),
      ),
    );
    expect(() => JSON.parse(answers[0]!.text)).toThrow();
    expect(answers.map((answer) => answer.cache)).toEqual(['miss', 'miss', 'hit']);
    expect(JSON.parse(answers[1]!.text)).toMatchObject({ code: 200 });
  });

  it("an answer's gzip copy counts against the cache's bytes: one that fits alone is dropped with it", async () => {
    const path = account(ACCOUNTS.incompressible);
    const outcomes: (string | null)[] = [];
    // fetch asks for gzip unless told otherwise.
    for (const encoding of ['identity', 'identity', 'gzip', 'identity']) {
      const response = await as('10.3.0.1', path, { 'Accept-Encoding': encoding });
      await response.arrayBuffer();
      outcomes.push(response.headers.get('X-Cache'));
    }
    console.log(figuresTable('Gzip copies counted', [['plain, plain, gzip, plain', outcomes.join(', ')]]));
    expect(outcomes).toEqual(['miss', 'hit', 'hit', 'miss']);
  });

  it(`${LARGE_CALLS} large answers at once stay within the in-flight budget`, async () => {
    const rssBefore = rssMb(server.pid);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(server.pid))), 20);
    const answers = await Promise.all(
      Array.from({ length: LARGE_CALLS }, async (_, i) => {
        const response = await as(`10.4.0.${i}`, `/api/xbox/users/me/inventory?continuationToken=page${i}`);
        const body = await response.arrayBuffer();
        const error = response.status === 200 ? undefined : JSON.parse(new TextDecoder().decode(body)).error;
        return { status: response.status, error };
      }),
    );
    clearInterval(sampler);
    const refused = answers.filter((answer) => answer.status === 503);
    console.log(
      figuresTable(`${LARGE_CALLS} answers of ${LARGE_MB} MiB at once, ${BODIES_MB} MiB in flight allowed`, [
        ['200', answers.filter((answer) => answer.status === 200).length],
        ['503', refused.length],
        ['server RSS before / peak', `${rssBefore} MB / ${rssPeak} MB`],
      ]),
    );
    expect(answers.every((answer) => answer.status === 200 || answer.status === 503)).toBe(true);
    expect(answers.some((answer) => answer.status === 200)).toBe(true);
    expect(refused[0]?.error).toMatchObject({ code: 'upstream_busy', provider: 'xbox' });
    // Without the budget all 16 are read at once: 384 MiB and their copies, measured at 450 MB more;
    // with it, the budget, the oldest body's exemption, copies of the few let through and garbage
    // not yet collected came to 170 to 200 MB.
    expect(rssPeak - rssBefore).toBeLessThan(260);
  });

  it('item pages with previews count against their own client, not against everyone behind the proxy', async () => {
    // A server of its own whose budget refills over a minute: the pages drain it however slowly this machine serves them.
    const slowRefill = await startLiveServer(upstream.origin, {
      TRUST_PROXY: '1',
      RATE_LIMIT_REQUESTS: String(RATE_PER_CLIENT),
      RATE_LIMIT_WINDOW_MS: '60000',
    });
    const from = (client: string, path: string) =>
      fetch(slowRefill.origin + path, { headers: { 'X-Forwarded-For': client } });
    try {
      // One item, so each page after the first is a cache hit and the pages go quickly. Sequential:
      // beyond two at once, pages go out plain without asking the API.
      const item = '/destiny/2/4611686018467284913/2305843009301840156/items/6917529000000000000';
      for (let i = 0; i < RATE_PER_CLIENT; i++) await (await from('10.5.0.1', item)).arrayBuffer();
      const own = await from('10.5.0.1', freshAccount());
      const other = await from('10.5.0.2', freshAccount());
      console.log(
        figuresTable(`After ${RATE_PER_CLIENT} item pages`, [
          ['its own API call', own.status],
          ["another client's", other.status],
        ]),
      );
      expect(own.status).toBe(429);
      expect(other.status).toBe(200);
    } finally {
      await slowRefill.stop();
    }
  });

  it("a client at full speed on uncached calls leaves another client's calls less than 100 ms slower", async () => {
    const calm = async () => {
      const latencies: number[] = [];
      for (let i = 0; i < 25; i++) {
        latencies.push(await timed('10.6.0.2', freshAccount()));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return latencies.sort((a, b) => a - b);
    };
    const alone = await calm();
    // Bungie's budget here is 25 calls a second (22.5 sustained): the flood asks 30 distinct ones a second.
    let flooding = true;
    const flood = (async () => {
      const pending: Promise<unknown>[] = [];
      while (flooding) {
        pending.push(as('10.6.0.1', freshAccount()).then((response) => response.arrayBuffer()));
        await new Promise((resolve) => setTimeout(resolve, 1000 / 30));
      }
      await Promise.all(pending);
    })();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const beside = await calm();
    flooding = false;
    await flood;
    const figures = (sorted: number[]) =>
      `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
    console.log(
      figuresTable('Another client beside a flood of uncached Bungie calls', [
        ['alone', figures(alone)],
        ['beside the flood', figures(beside)],
      ]),
    );
    expect(percentile(beside, 0.95)).toBeLessThan(percentile(alone, 0.95) + 100);
  }, 30_000);
});
