import { describe, expect, it, vi } from 'vitest';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';

const SECRET = 'pf-secret-3c9e1a7b5d';
const INVENTORY = '/api/playfab/A1B2C/Server/GetCharacterInventory';

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

function setup(reply: (call: Call) => Response = () => envelope({ Inventory: [] })) {
  const calls: Call[] = [];
  const logs: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: String(init?.body ?? ''),
    };
    calls.push(call);
    return reply(call);
  }) as typeof globalThis.fetch;
  const config = readConfig({
    PLAYFAB_SECRET_KEY: SECRET,
    PLAYFAB_TITLE_IDS: 'A1B2C',
    PLAYFAB_ORIGIN: 'https://{titleId}.playfab.test',
  });
  const app = createApp({ config, fetch, log: (line) => logs.push(JSON.stringify(line)) });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  return { app, calls, logs, post };
}

function envelope(data: unknown, status = 200, extra: Record<string, string> = {}) {
  const body = status === 200 ? { code: 200, status: 'OK', data } : data;
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...extra } });
}

describe('the PlayFab proxy', () => {
  it('forwards the three reads as POSTs with the secret, a canonical body and the title in the origin', async () => {
    const { calls, post } = setup();
    await post(INVENTORY, { CatalogVersion: 'v2', CharacterId: 'C1', PlayFabId: 'P1' });
    await post('/api/playfab/A1B2C/Server/GetCatalogItems', {});
    await post('/api/playfab/A1B2C/Server/GetAllUsersCharacters', { PlayFabId: 'P1' });
    expect(calls.map((call) => [call.method, call.url, call.body])).toEqual([
      [
        'POST',
        'https://A1B2C.playfab.test/Server/GetCharacterInventory',
        '{"PlayFabId":"P1","CharacterId":"C1","CatalogVersion":"v2"}',
      ],
      ['POST', 'https://A1B2C.playfab.test/Server/GetCatalogItems', '{}'],
      ['POST', 'https://A1B2C.playfab.test/Server/GetAllUsersCharacters', '{"PlayFabId":"P1"}'],
    ]);
    for (const call of calls) {
      expect(call.headers.get('x-secretkey')).toBe(SECRET);
      expect(call.headers.get('content-type')).toBe('application/json');
    }
  });

  it('lets no other call, method or path through', async () => {
    const { app, calls, post } = setup();
    for (const path of [
      '/api/playfab/A1B2C/Server/GrantItemsToCharacter',
      '/api/playfab/A1B2C/Server/ConsumeItem',
      '/api/playfab/A1B2C/Admin/GetCatalogItems',
      '/api/playfab/A1B2C/Client/GetCatalogItems',
      '/api/playfab/A1B2C/Server/GetCatalogItems/x',
      '/api/playfab/Server/GetCatalogItems',
    ]) {
      expect((await post(path, {})).status).toBe(404);
    }
    expect((await app.request('/api/playfab/A1B2C/Server/GetCatalogItems')).status).toBe(404);
    expect(calls).toHaveLength(0);
  });

  it('forwards only the titles it serves (PLAYFAB_TITLE_IDS), in any letter case, and a live PlayFab needs them', async () => {
    const { calls, post } = setup(() => envelope({ Catalog: [] }));
    const other = await post('/api/playfab/SOMEOTHER99/Server/GetCatalogItems', {});
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: 'not_found', provider: 'playfab' } });
    expect((await post('/api/playfab/2130706433/Server/GetCatalogItems', {})).status).toBe(404);
    expect(calls).toHaveLength(0);
    expect((await post('/api/playfab/a1b2c/Server/GetCatalogItems', {})).status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(() => readConfig({ PLAYFAB_SECRET_KEY: 'k' })).toThrow(/PLAYFAB_TITLE_IDS/);
    expect(() => readConfig({ PLAYFAB_SECRET_KEY: 'k', PLAYFAB_TITLE_IDS: 'A1B2C, evil.example' })).toThrow(
      /PLAYFAB_TITLE_IDS/,
    );
    expect(readConfig({ PLAYFAB_SECRET_KEY: 'k', PLAYFAB_TITLE_IDS: ' A1B2C, F00D ' }).playfab.titleIds).toEqual([
      'A1B2C',
      'F00D',
    ]);
  });

  it('refuses bad title ids and bodies with its own 400 error', async () => {
    const { calls, post } = setup();
    const cases: [string, unknown, RegExp][] = [
      ['/api/playfab/a.b/Server/GetCatalogItems', {}, /titleId/],
      ['/api/playfab/evil.example%2F/Server/GetCatalogItems', {}, /titleId/],
      [INVENTORY, { PlayFabId: 'P1' }, /CharacterId is required/],
      [INVENTORY, { PlayFabId: 1, CharacterId: 'C1' }, /PlayFabId must be a string/],
      [INVENTORY, { PlayFabId: 'P1', CharacterId: 'C1', CustomTags: {} }, /"CustomTags" is not allowed/],
      [INVENTORY, { PlayFabId: 'P/../1', CharacterId: 'C1' }, /PlayFabId must be/],
      [INVENTORY, 'not json', /JSON object/],
      [INVENTORY, [1], /JSON object/],
      [INVENTORY, { PlayFabId: 'P1', CharacterId: 'C1', CatalogVersion: 'x'.repeat(2000) }, /at most 1024 bytes/],
    ];
    for (const [path, body, message] of cases) {
      const response = await post(path, body);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; message: string; provider: string } };
      expect(error).toMatchObject({ code: 'bad_parameter', provider: 'playfab' });
      expect(error.message).toMatch(message);
    }
    expect(calls).toHaveLength(0);
  });

  it('passes envelopes through unchanged, errors and Retry-After included, and never echoes the secret', async () => {
    const throttled = {
      code: 429,
      status: 'TooManyRequests',
      retryAfterSeconds: 8,
      error: 'APIClientRequestRateLimitExceeded',
      errorCode: 1199,
      errorMessage: 'throttled',
    };
    const { calls, logs, post } = setup((call) =>
      call.body.includes('"P9"')
        ? envelope(throttled, 429, { 'Retry-After': '8', 'X-SecretKey': SECRET })
        : envelope({ Characters: [] }),
    );
    const ok = await post(
      '/api/playfab/A1B2C/Server/GetAllUsersCharacters',
      { PlayFabId: 'P1' },
      { 'X-SecretKey': 'from-browser' },
    );
    expect(await ok.json()).toEqual({ code: 200, status: 'OK', data: { Characters: [] } });
    expect(calls[0]!.headers.get('x-secretkey')).toBe(SECRET);

    const limited = await post('/api/playfab/A1B2C/Server/GetAllUsersCharacters', { PlayFabId: 'P9' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('8');
    expect(await limited.json()).toEqual(throttled);
    for (const response of [ok, limited]) {
      for (const [, value] of response.headers) expect(value).not.toContain(SECRET);
    }
    expect(logs.join('\n')).not.toContain(SECRET);
  });

  it('caches and coalesces by call and body, catalogs longer than inventories', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { calls, post } = setup();
    try {
      const body = { PlayFabId: 'P1', CharacterId: 'C1' };
      const [a, b] = await Promise.all([
        post(INVENTORY, body),
        post(INVENTORY, { CharacterId: 'C1', PlayFabId: 'P1' }),
      ]);
      expect([a.headers.get('x-cache'), b.headers.get('x-cache')].sort()).toEqual(['coalesced', 'miss']);
      expect((await post(INVENTORY, { ...body, CharacterId: 'C2' })).headers.get('x-cache')).toBe('miss');
      await post('/api/playfab/A1B2C/Server/GetCatalogItems', { CatalogVersion: 'v1' });
      vi.setSystemTime(Date.now() + 60_000);
      expect((await post(INVENTORY, body)).headers.get('x-cache')).toBe('miss');
      expect(
        (await post('/api/playfab/A1B2C/Server/GetCatalogItems', { CatalogVersion: 'v1' })).headers.get('x-cache'),
      ).toBe('hit');
      expect(calls).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not keep failures', async () => {
    const notFound = {
      code: 400,
      status: 'BadRequest',
      error: 'CharacterNotFound',
      errorCode: 1135,
      errorMessage: 'Character not found',
    };
    const { calls, post } = setup(() => envelope(notFound, 400));
    for (let i = 0; i < 2; i++)
      expect((await post(INVENTORY, { PlayFabId: 'P1', CharacterId: 'C1' })).status).toBe(400);
    expect(calls).toHaveLength(2);
  });
});

describe('PLAYFAB_ORIGIN', () => {
  it('is a template with {titleId} in the host or the path', () => {
    expect(readConfig({}).playfab).toMatchObject({ mode: 'demo', origin: 'https://{titleId}.playfabapi.com' });
    expect(readConfig({ PLAYFAB_ORIGIN: 'http://127.0.0.1:9/playfab/{titleId}/' }).playfab.origin).toBe(
      'http://127.0.0.1:9/playfab/{titleId}',
    );
    expect(readConfig({ PLAYFAB_SECRET_KEY: 'k', PLAYFAB_TITLE_IDS: 'A1B2C', DEMO: '1' }).playfab.mode).toBe('demo');
    for (const bad of [
      'https://playfabapi.com',
      'ftp://{titleId}.x',
      'https://{titleId}.x/?a=1',
      'https://{titleId}{titleId}.x',
      // {titleId} must be a whole label of a named domain or a whole path segment, never the host itself.
      'http://{titleId}:9000',
      'http://{titleId}',
      'http://{titleId}/x',
      'https://x{titleId}.example.com',
      'https://{titleId}.127.0.0.1',
      'http://127.0.0.1:9/a{titleId}',
      'http://127.0.0.1:9/{titleId}b/x',
    ]) {
      expect(() => readConfig({ PLAYFAB_ORIGIN: bad })).toThrow(/PLAYFAB_ORIGIN/);
    }
  });
  it('stops reading a body past the cap, even without a Content-Length', async () => {
    const { app, calls } = setup();
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    });
    const response = await app.request(INVENTORY, {
      method: 'POST',
      body: endless,
      headers: { 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(400);
    expect(pulled).toBeLessThan(4);
    expect(calls).toHaveLength(0);
  });

  it('does not cache inventories carrying recharge times, which count from the moment of the answer', async () => {
    const { calls, post } = setup(() =>
      envelope({
        Inventory: [],
        VirtualCurrency: { EN: 3 },
        VirtualCurrencyRechargeTimes: {
          EN: { SecondsToRecharge: 90, RechargeTime: '2026-01-01T00:00:00Z', RechargeMax: 10 },
        },
      }),
    );
    await post(INVENTORY, { PlayFabId: 'P1', CharacterId: 'C1' });
    await post(INVENTORY, { PlayFabId: 'P1', CharacterId: 'C1' });
    expect(calls).toHaveLength(2);
  });
});
