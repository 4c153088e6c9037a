import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { memoryCommands } from '../../test/support/memory-store.ts';
import { readConfig } from './config.ts';
import { resilientStore } from './shared-store.ts';

const HEALTH = '/api/health';
const CONFIG = '/api/config';

function setup(
  env: Record<string, string> = {},
  address = (request: Request) => request.headers.get('X-Test-Peer') ?? undefined,
) {
  const config = readConfig({ ...env });
  const fetch = (async () =>
    new Response('{}', { headers: { 'Content-Type': 'application/json' } })) as typeof globalThis.fetch;
  return createApp({ config, fetch, socketAddress: (c) => address(c.req.raw) });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; provider: string | null } }).error;
}

describe('per-client rate limit', () => {
  it('lets the burst through, then answers 429 rate_limited with our own Retry-After', async () => {
    const app = setup({ RATE_LIMIT_REQUESTS: '5', RATE_LIMIT_WINDOW_MS: '10000' });
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await app.request(CONFIG, { headers: { 'X-Test-Peer': '10.0.0.1' } })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await app.request(CONFIG, { headers: { 'X-Test-Peer': '10.0.0.1' } });
    expect(refused.headers.get('Retry-After')).toBe('2');
    expect(await errorOf(refused)).toEqual({
      code: 'rate_limited',
      message: expect.stringContaining('2 s'),
      provider: null,
    });
  });

  it('gives icons their own, larger budget, which data calls cannot borrow', async () => {
    const app = setup({ RATE_LIMIT_REQUESTS: '2' });
    const peer = { headers: { 'X-Test-Peer': '10.0.0.9' } };
    const icon = (n: number) => `/api/bungie/common/destiny_content/icons/icon${n}.png`;
    const iconStatuses = [];
    for (let i = 0; i < 21; i++) iconStatuses.push((await app.request(icon(i), peer)).status);
    expect(iconStatuses.filter((status) => status === 429)).toHaveLength(1);
    expect(iconStatuses.at(-1)).toBe(429);
    expect((await app.request(CONFIG, peer)).status).toBe(200);
    expect((await app.request(CONFIG, peer)).status).toBe(200);
    expect((await app.request(CONFIG, peer)).status).toBe(429);
  });

  it.each([
    ['Store pictures', (n: number) => `/api/xbox/images/image/apps.${n}.png`],
    ["PlayFab's demo pictures", (n: number) => `/api/playfab/demo-images/item${n}.png`],
  ])('counts %s against the image budget, not the calls', async (_kind, picture) => {
    const app = setup({ RATE_LIMIT_REQUESTS: '2' });
    const peer = { headers: { 'X-Test-Peer': '10.0.0.8' } };
    for (let i = 0; i < 5; i++) await app.request(picture(i), peer);
    expect((await app.request(CONFIG, peer)).status).toBe(200);
    expect((await app.request(CONFIG, peer)).status).toBe(200);
  });

  it('keeps addresses apart and never limits health checks', async () => {
    const app = setup({ RATE_LIMIT_REQUESTS: '1' });
    const peer = (address: string) => ({ headers: { 'X-Test-Peer': address } });
    expect((await app.request(CONFIG, peer('10.0.0.1'))).status).toBe(200);
    expect((await app.request(CONFIG, peer('10.0.0.1'))).status).toBe(429);
    expect((await app.request(CONFIG, peer('10.0.0.2'))).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await app.request(HEALTH, peer('10.0.0.1'))).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY=1, then keys by its last entry', async () => {
    const forwarded = (value: string) => ({ headers: { 'X-Test-Peer': '127.0.0.1', 'X-Forwarded-For': value } });
    const untrusted = setup({ RATE_LIMIT_REQUESTS: '1' });
    expect((await untrusted.request(CONFIG, forwarded('1.1.1.1'))).status).toBe(200);
    expect((await untrusted.request(CONFIG, forwarded('2.2.2.2'))).status).toBe(429);

    const trusted = setup({ RATE_LIMIT_REQUESTS: '1', TRUST_PROXY: '1' });
    expect((await trusted.request(CONFIG, forwarded('9.9.9.9, 1.1.1.1'))).status).toBe(200);
    expect((await trusted.request(CONFIG, forwarded('1.1.1.1'))).status).toBe(429);
    expect((await trusted.request(CONFIG, forwarded('1.1.1.1, 2.2.2.2'))).status).toBe(200);
  });

  it('is off with RATE_LIMIT_REQUESTS=0', async () => {
    const app = setup({ RATE_LIMIT_REQUESTS: '0' });
    for (let i = 0; i < 50; i++) expect((await app.request(CONFIG)).status).toBe(200);
  });
});

describe('request size caps', () => {
  it('refuses too many headers and too many header bytes with JSON 431', async () => {
    const app = setup({ MAX_HEADER_COUNT: '10', MAX_HEADER_BYTES: '2048' });
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`X-H${i}`, 'v']));
    const tooMany = await app.request(CONFIG, { headers: many });
    expect(tooMany.status).toBe(431);
    expect(await errorOf(tooMany)).toMatchObject({ code: 'headers_too_large', provider: null });
    expect((await app.request(CONFIG, { headers: { 'X-Big': 'x'.repeat(2_100) } })).status).toBe(431);
    expect((await app.request(CONFIG, { headers: { 'X-Big': 'x'.repeat(1_900) } })).status).toBe(200);
  });

  it('counts the raw header lines where the runtime keeps them, each line as on the wire', async () => {
    const config = readConfig({ MAX_HEADER_COUNT: '10', MAX_HEADER_BYTES: '2048' });
    // A name repeated on eleven lines is one header to a Headers object, eleven on the wire.
    const lines = (count: number) => Array.from({ length: count }, () => ['X-Repeated', 'v']).flat();
    const app = createApp({ config, rawHeaders: (c) => lines(Number(c.req.header('X-Lines'))) });
    expect((await app.request(CONFIG, { headers: { 'X-Lines': '10' } })).status).toBe(200);
    const tooMany = await app.request(CONFIG, { headers: { 'X-Lines': '11' } });
    expect(tooMany.status).toBe(431);
    expect(await errorOf(tooMany)).toMatchObject({ code: 'headers_too_large' });
  });

  it('refuses a query string past MAX_QUERY_BYTES with JSON 414', async () => {
    const app = setup({ MAX_QUERY_BYTES: '300' });
    const long = await app.request(`${CONFIG}?q=${'a'.repeat(299)}`);
    expect(long.status).toBe(414);
    expect(await errorOf(long)).toMatchObject({ code: 'query_too_long' });
    expect((await app.request(`${CONFIG}?q=${'a'.repeat(298)}`)).status).toBe(200);
  });

  it('refuses a declared body over 1 KB with JSON 413 before reading it', async () => {
    const app = setup();
    const response = await app.request('/api/playfab/E3F1A/Server/GetCatalogItems', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '5000' },
      body: '{}',
    });
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({ code: 'body_too_large' });
  });
});

describe('per-client rate limit across instances', () => {
  it('is one budget for every instance sharing a store, and each its own while the store is down', async () => {
    const commands = memoryCommands();
    const store = resilientStore(commands, () => {});
    const config = readConfig({ RATE_LIMIT_REQUESTS: '4' });
    const [a, b] = [0, 1].map(() =>
      createApp({ config, store, socketAddress: (c) => c.req.raw.headers.get('X-Test-Peer') ?? undefined }),
    ) as [ReturnType<typeof createApp>, ReturnType<typeof createApp>];
    const from = (app: typeof a, peer: string) =>
      (async () => (await app.request(CONFIG, { headers: { 'X-Test-Peer': peer } })).status)();
    expect([
      await from(a, '10.7.0.1'),
      await from(b, '10.7.0.1'),
      await from(a, '10.7.0.1'),
      await from(b, '10.7.0.1'),
    ]).toEqual([200, 200, 200, 200]);
    expect(await from(b, '10.7.0.1')).toBe(429);

    commands.broken = true;
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await from(a, '10.7.0.2'), await from(b, '10.7.0.2'));
    expect(statuses.filter((status) => status === 200)).toHaveLength(8);
  });
});
