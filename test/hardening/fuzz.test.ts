import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../src/demo/rng.ts';
import type { RunningServer } from '../e2e/server-process.ts';
import { requestGenerators, type RawRequest } from './fuzz-requests.ts';
import { figuresTable, SECRETS, startLiveServer, startRecordedUpstream, type UpstreamCall } from './harness.ts';
import { sendRaw } from './raw-http.ts';

/** `npm test` runs a short form; `npm run test:hardening` sets 10,000+. */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_601);
const PARALLEL = 16;

/** What the proxy may ask of its upstream, by the providers' own paths; nothing else may ever arrive. */
const ALLOWED_UPSTREAM: [method: string, path: RegExp][] = [
  [
    'GET',
    /^\/d1\/Platform\/Destiny\/(SearchDestinyPlayer\/-?\d{1,2}\/[^/?#]+|[12]\/Account\/\d{1,20}(\/Character\/\d{1,20}\/Inventory(\/\d{1,20})?)?)\/(\?(definitions=true|lc=[a-z-]{2,5})(&lc=[a-z-]{2,5})?)?$/,
  ],
  [
    'GET',
    /^\/(common\/destiny_content\/icons|img\/(destiny_content|theme\/destiny|misc)(\/[\w-]+){0,3})\/[\w-]+\.(png|jpe?g|gif)$/,
  ],
  ['GET', /^\/users\/me\/inventory(\/[\w;-]+|\?[\w=&,%.~-]*)?$/],
  ['POST', /^\/playfab\/[A-Za-z0-9]{1,32}\/Server\/(GetCharacterInventory|GetCatalogItems|GetAllUsersCharacters)$/],
];
const SECRET_VALUES = [...Object.values(SECRETS), 'hardening-xsts-token-5d0e92'];

function head(request: RawRequest): string {
  const lines = [`${request.method} ${request.target} HTTP/1.1`];
  if (!request.headers.some(([name]) => name.toLowerCase() === 'host')) lines.push('Host: 127.0.0.1');
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  if (request.body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(request.body)}`);
  lines.push('Connection: close', '', '');
  return lines.join('\r\n');
}

const outsideAllowlist = (call: UpstreamCall, host: string) =>
  call.host !== host || !ALLOWED_UPSTREAM.some(([method, path]) => method === call.method && path.test(call.url));

let server: RunningServer;
let upstream: Awaited<ReturnType<typeof startRecordedUpstream>>;

beforeAll(async () => {
  upstream = await startRecordedUpstream();
  // Limits that would refuse most of a fast fuzz are raised: this run looks for crashes, leaks and
  // escapes; the limits have their own tests.
  server = await startLiveServer(upstream.origin, { RATE_LIMIT_REQUESTS: '0', BUNGIE_RATE_PER_SECOND: '100000' });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await upstream?.close();
});

describe('fuzzing the built server', () => {
  it(
    `answers ${REQUESTS} hostile requests without a 5xx of its own, an escape or a leaked secret`,
    async () => {
      const rng = createRng(SEED);
      const generators = requestGenerators(upstream.canary);
      const requests = Array.from({ length: REQUESTS }, (_, i) => generators[i % generators.length]!(rng));
      const byStatus = new Map<number, number>();
      const failures: string[] = [];
      const leaks: string[] = [];
      let next = 0;
      const worker = async () => {
        while (next < requests.length) {
          const request = requests[next++]!;
          const response = await sendRaw(server.origin, head(request), request.body);
          byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
          const label = `${request.kind}: ${request.method} ${request.target.slice(0, 120)}`;
          if (response.status >= 500 || response.status <= 0) failures.push(`${response.status} ${label}`);
          if (SECRET_VALUES.some((secret) => response.text.includes(secret))) leaks.push(label);
        }
      };
      const started = performance.now();
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      const seconds = (performance.now() - started) / 1000;

      const host = new URL(upstream.origin).host;
      const escapes = upstream.calls.filter((call) => outsideAllowlist(call, host));
      const statuses = [...byStatus]
        .sort(([a], [b]) => a - b)
        .map(([status, count]): [string, number] => [`HTTP ${status}`, count]);
      console.log(
        figuresTable(`Fuzz: ${REQUESTS} requests, seed ${SEED}, ${PARALLEL} in parallel, ${seconds.toFixed(1)} s`, [
          ...statuses,
          ['5xx or no answer', failures.length],
          ['upstream requests', upstream.calls.length],
          ['outside the allowlist', escapes.length],
          ['at the canary', upstream.canaryCalls.length],
          ['responses with a secret', leaks.length],
        ]),
      );
      expect(failures.slice(0, 10)).toEqual([]);
      expect(escapes.slice(0, 10)).toEqual([]);
      expect(upstream.canaryCalls).toEqual([]);
      expect(leaks.slice(0, 10)).toEqual([]);
      expect(upstream.calls.length).toBeGreaterThan(0);
    },
    Math.max(60_000, REQUESTS * 20),
  );
});
