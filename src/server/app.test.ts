import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { readConfig, type ServerConfig } from './config.ts';

const KEY = 'live-key-7f3a9c1e5b';
const ORIGIN = 'https://bungie.test';
const ACCOUNT = '/api/bungie/Platform/Destiny/2/Account/4611686018428389840/';

function envelope(response: unknown, errorCode = 1, status = 'Success') {
  return JSON.stringify({
    Response: response,
    ErrorCode: errorCode,
    ThrottleSeconds: 0,
    ErrorStatus: status,
    Message: 'Ok',
    MessageData: {},
  });
}

interface UpstreamCall {
  url: string;
  headers: Headers;
}

/** A stand-in for Bungie: records what the proxy sends and answers with `reply`. */
function fakeUpstream(reply: (url: URL, signal: AbortSignal) => Response | Promise<Response>) {
  const calls: UpstreamCall[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    calls.push({ url: url.href, headers: new Headers(init?.headers) });
    return reply(url, init!.signal!);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const json = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });

function setup(
  reply: (url: URL, signal: AbortSignal) => Response | Promise<Response> = () => json(envelope({ data: {} })),
  overrides: Partial<ServerConfig> = {},
) {
  const base = readConfig({ BUNGIE_API_KEY: KEY, BUNGIE_ORIGIN: ORIGIN });
  const config = { ...base, ...overrides };
  const upstream = fakeUpstream(reply);
  const logs: Record<string, unknown>[] = [];
  const app = createApp({ config, fetch: upstream.fetch, log: (line) => logs.push(line) });
  return { app, calls: upstream.calls, logs };
}

async function errorOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return ((await response.json()) as { error: { code: string; message: string; provider: string | null } }).error;
}

describe('the proxy app', () => {
  it('answers health', async () => {
    const { app } = setup();
    const response = await app.request('/api/health');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('answers JSON 404 for anything else under /api', async () => {
    const { app, calls } = setup();
    for (const path of [
      '/api',
      '/api/nope',
      '/api/bungie/Platform/User/GetBungieNetUser/',
      '/api/playfab/Server/GetCharacterInventory',
    ]) {
      const response = await app.request(path);
      expect(response.status).toBe(404);
      expect(await errorOf(response)).toMatchObject({ code: 'not_found', provider: null });
    }
    const post = await app.request(ACCOUNT, { method: 'POST' });
    expect(post.status).toBe(404);
    expect(calls).toHaveLength(0);
  });

  it('refuses bad parameters with 400 naming the parameter', async () => {
    const { app, calls } = setup();
    const cases = [
      ['/api/bungie/Platform/Destiny/3/Account/1/', 'membershipType'],
      ['/api/bungie/Platform/Destiny/2/Account/123456789012345678901/', 'destinyMembershipId'],
      ['/api/bungie/Platform/Destiny/2/Account/abc/', 'destinyMembershipId'],
      ['/api/bungie/Platform/Destiny/SearchDestinyPlayer/2/a%2F..%2F..%2Fx/', 'displayName'],
      ['/api/bungie/Platform/Destiny/SearchDestinyPlayer/2/http:%2F%2Fevil.example/', 'displayName'],
      [`${ACCOUNT}?lc=xx`, 'lc'],
    ];
    for (const [path, parameter] of cases) {
      const response = await app.request(path!);
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error).toMatchObject({ code: 'bad_parameter', provider: 'bungie' });
      expect(error.message).toContain(parameter);
    }
    expect(calls).toHaveLength(0);
  });

  it('resolves dot segments before routing, so traversal cannot leave the allowlist', async () => {
    const { app, calls } = setup();
    const response = await app.request('/api/bungie/img/misc/../../../../etc/passwd.png');
    expect(response.status).toBe(404);
    expect(calls).toHaveLength(0);
  });

  it('forwards only allowlisted parts, with the key and nothing of the client', async () => {
    const { app, calls } = setup();
    const response = await app.request(`${ACCOUNT}?definitions=true&lc=de&callback=x&api_key=mine`, {
      headers: {
        Cookie: 'bungled=1',
        Authorization: 'Bearer user-token',
        'X-API-Key': 'client-key',
        'X-Forwarded-For': '10.0.0.1',
      },
    });
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(`${ORIGIN}/d1/Platform/Destiny/2/Account/4611686018428389840/?definitions=true&lc=de`);
    expect(Object.fromEntries(calls[0]!.headers)).toEqual({ 'x-api-key': KEY, accept: 'application/json' });
  });

  it.each([
    [undefined, '/d1/Platform/Destiny/'],
    ['/Platform/Destiny', '/Platform/Destiny/'],
  ])(
    'sends each Destiny call under the prefix %s configures, and icons at their own path',
    async (prefix, expected) => {
      const config = readConfig({ BUNGIE_API_KEY: KEY, BUNGIE_ORIGIN: ORIGIN, BUNGIE_PLATFORM_PREFIX: prefix });
      const upstream = fakeUpstream((url) =>
        url.pathname.endsWith('.png')
          ? new Response(PNG, { headers: { 'Content-Type': 'image/png' } })
          : json(envelope({ data: {} })),
      );
      const app = createApp({ config, fetch: upstream.fetch });
      const calls = [
        'SearchDestinyPlayer/2/Guardian%20One/',
        '2/Account/4611686018428389840/',
        '2/Account/4611686018428389840/Character/2305843009260606767/Inventory/?definitions=true',
        '2/Account/4611686018428389840/Character/2305843009260606767/Inventory/6917529033189743364/?definitions=true',
      ];
      for (const call of calls) expect((await app.request(`/api/bungie/Platform/Destiny/${call}`)).status).toBe(200);
      expect((await app.request('/api/bungie/common/destiny_content/icons/0123abcd.png')).status).toBe(200);
      expect(upstream.calls.map((call) => call.url)).toEqual([
        ...calls.map((call) => `${ORIGIN}${expected}${call}`),
        `${ORIGIN}/common/destiny_content/icons/0123abcd.png`,
      ]);
    },
  );

  it('never shows the key in responses or logs', async () => {
    const { app, logs } = setup((url) =>
      url.pathname.includes('/Account/1/')
        ? json(envelope(undefined, 1601, 'DestinyAccountNotFound'))
        : json(envelope({ data: { x: 1 } })),
    );
    const responses = await Promise.all([
      app.request(ACCOUNT),
      app.request('/api/bungie/Platform/Destiny/2/Account/1/'),
      app.request('/api/config'),
      app.request('/api/health'),
      app.request('/api/bungie/Platform/Destiny/9/Account/1/'),
      app.request('/api/unknown'),
    ]);
    for (const response of responses) {
      expect(await response.text()).not.toContain(KEY);
      for (const [name, value] of response.headers) expect(`${name}: ${value}`).not.toContain(KEY);
    }
    expect(logs.length).toBeGreaterThan(0);
    expect(JSON.stringify(logs)).not.toContain(KEY);
  });

  it('passes error envelopes through unchanged, with the upstream status, and does not cache them', async () => {
    const body = envelope(undefined, 1601, 'DestinyAccountNotFound');
    const { app, calls } = setup(() => json(body, 500));
    for (let i = 0; i < 2; i++) {
      const response = await app.request(ACCOUNT);
      expect(response.status).toBe(500);
      expect(await response.text()).toBe(body);
    }
    expect(calls).toHaveLength(2);

    const ok200 = setup(() => json(envelope(undefined, 1601, 'DestinyAccountNotFound')));
    await ok200.app.request(ACCOUNT);
    await ok200.app.request(ACCOUNT);
    expect(ok200.calls).toHaveLength(2);
  });

  it('serves identical successful calls from cache within the TTL', async () => {
    const body = envelope({ data: { characters: [] } });
    const { app, calls } = setup(() => json(body), { cacheTtlMs: 60_000 });
    const first = await app.request(ACCOUNT);
    const second = await app.request(ACCOUNT);
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(await second.text()).toBe(body);
    expect(calls).toHaveLength(1);
    // A different forwarded query is a different upstream call.
    await app.request(`${ACCOUNT}?definitions=true`);
    expect(calls).toHaveLength(2);
  });

  it('does not cache when the TTL is 0', async () => {
    const { app, calls } = setup(undefined, { cacheTtlMs: 0 });
    await app.request(ACCOUNT);
    await app.request(ACCOUNT);
    expect(calls).toHaveLength(2);
  });

  it('makes one upstream call for concurrent identical requests', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { app, calls } = setup(async () => {
      await gate;
      return json(envelope({ data: {} }));
    });
    const pending = Array.from({ length: 10 }, () => app.request(ACCOUNT));
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const responses = await Promise.all(pending);
    expect(calls).toHaveLength(1);
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
    expect(responses.map((response) => response.headers.get('x-cache')).sort()).toEqual([
      ...Array(9).fill('coalesced'),
      'miss',
    ]);
  });

  it('answers 504 JSON when the upstream is too slow, and aborts the upstream call', async () => {
    let aborted = false;
    const { app } = setup(
      (_, signal) =>
        new Promise<Response>(() => {
          signal.addEventListener('abort', () => (aborted = true));
        }),
      { upstreamTimeoutMs: 20 },
    );
    const response = await app.request(ACCOUNT);
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toMatchObject({ code: 'upstream_timeout', provider: 'bungie' });
    expect(aborted).toBe(true);
  });

  it('answers 502 JSON when the upstream cannot be reached', async () => {
    const { app } = setup(() => {
      throw new TypeError('fetch failed');
    });
    const response = await app.request(ACCOUNT);
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'upstream_unreachable', provider: 'bungie' });
  });

  it('answers 502 JSON for an HTML outage page instead of passing it through', async () => {
    const html =
      "<!DOCTYPE html><html><head><title>Runtime Error</title></head><body>Server Error in '/d1' Application.</body></html>";
    const { app, calls } = setup(() => new Response(html, { status: 500, headers: { 'Content-Type': 'text/html' } }));
    for (let i = 0; i < 2; i++) {
      const response = await app.request(ACCOUNT);
      expect(response.status).toBe(502);
      expect(await errorOf(response)).toMatchObject({ code: 'upstream_bad_response', provider: 'bungie' });
    }
    expect(calls).toHaveLength(2);
    // HTML labelled as JSON is caught by its first byte.
    const mislabelled = setup(() => json(`\n  ${html}`, 200));
    expect((await mislabelled.app.request(ACCOUNT)).status).toBe(502);
  });

  it('passes JSON labelled text/plain or unlabelled through, but not plain text that is not JSON', async () => {
    for (const contentType of ['text/plain; charset=utf-8', '']) {
      // Bytes, not a string: a string body would be labelled text/plain by Response itself.
      const body = new TextEncoder().encode(envelope({ data: {} }));
      const { app } = setup(() => new Response(body, { headers: contentType ? { 'Content-Type': contentType } : {} }));
      const response = await app.request(ACCOUNT);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    }
    const { app } = setup(
      () => new Response('503 Service Unavailable', { status: 503, headers: { 'Content-Type': 'text/plain' } }),
    );
    expect(await errorOf(await app.request(ACCOUNT))).toMatchObject({ code: 'upstream_bad_response' });
  });

  it('compresses with gzip when asked, from cached bytes on a hit', async () => {
    const body = envelope({ data: { items: Array.from({ length: 200 }, (_, i) => ({ itemHash: i, quantity: 1 })) } });
    const { app } = setup(() => json(body));
    for (const outcome of ['miss', 'hit']) {
      const response = await app.request(ACCOUNT, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(response.headers.get('x-cache')).toBe(outcome);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.byteLength).toBeLessThan(body.length / 2);
      expect(gunzipSync(bytes).toString()).toBe(body);
    }
    const plain = await app.request(ACCOUNT);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(body);
  });

  it('tells the browser provider modes and the demo directory, never secrets', async () => {
    const live = setup();
    expect(await (await live.app.request('/api/config')).json()).toEqual({
      providers: { bungie: { mode: 'live' }, playfab: { mode: 'demo' }, xbox: { mode: 'demo' } },
    });

    const directory = {
      accounts: [{ displayName: 'Demo', membershipType: 2, membershipId: '1', characters: [] }],
      scenarios: [],
    };
    const demoConfig = readConfig({
      PLAYFAB_SECRET_KEY: 'pf-secret',
      PLAYFAB_TITLE_IDS: 'A1B2C',
      XBOX_AUTHORIZATION: 'XBL3.0 x=1;tok',
    });
    const demo = createApp({
      config: {
        ...demoConfig,
        bungie: { ...demoConfig.bungie, origin: 'http://127.0.0.1:1' },
        demo: { bungie: directory },
      },
    });
    const text = await (await demo.request('/api/config')).text();
    expect(JSON.parse(text)).toEqual({
      providers: { bungie: { mode: 'demo' }, playfab: { mode: 'live' }, xbox: { mode: 'live' } },
      demo: { bungie: directory },
    });
    for (const secret of ['gearview-demo', 'pf-secret', 'tok', '127.0.0.1']) expect(text).not.toContain(secret);
  });

  it('passes icons through with a long cache and no key', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const { app, calls } = setup((url) =>
      url.pathname.endsWith('gone.png')
        ? new Response('<html>404</html>', { status: 404, headers: { 'Content-Type': 'text/html' } })
        : new Response(png, { headers: { 'Content-Type': 'image/png' } }),
    );
    const path = '/api/bungie/common/destiny_content/icons/0a1b2c3d4e5f60718293a4b5c6d7e8f9.png';
    const response = await app.request(`${path}?x=1`, { headers: { Cookie: 'a=b', 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
    expect(calls[0]!.url).toBe(`${ORIGIN}/common/destiny_content/icons/0a1b2c3d4e5f60718293a4b5c6d7e8f9.png`);
    expect(calls[0]!.headers.has('x-api-key')).toBe(false);
    expect(calls[0]!.headers.has('cookie')).toBe(false);

    expect((await app.request(path)).headers.get('x-cache')).toBe('hit');
    const unhashed = await app.request('/api/bungie/img/misc/missing_icon.png');
    expect(unhashed.status).toBe(200);
    expect(unhashed.headers.get('cache-control')).toBe('public, max-age=86400');

    const missing = await app.request('/api/bungie/img/misc/gone.png');
    expect(missing.status).toBe(404);
    expect(await errorOf(missing)).toMatchObject({ code: 'not_found', provider: 'bungie' });

    const callsBefore = calls.length;
    for (const bad of [
      '/api/bungie/common/destiny_content/icons/x.svg',
      '/api/bungie/img/misc/a%2F..%2Fb.png',
      '/api/bungie/img/misc/a..png',
    ]) {
      expect((await app.request(bad)).status).toBe(404);
    }
    expect(calls).toHaveLength(callsBefore);
  });

  it.each([
    ['an SVG', '<svg onload="alert(1)"/>', 'image/svg+xml'],
    ['HTML under two types', '<html><script>alert(1)</script></html>', 'image/png, text/html'],
    ['HTML labelled as PNG', '<html><script>alert(1)</script></html>', 'image/png'],
    ['a PNG under two types', PNG, 'image/png, text/html'],
    ['a PNG with no type', PNG, ''],
  ])('refuses %s from upstream, and keeps nothing of it', async (_, body, type) => {
    const { app, calls } = setup(() => new Response(body, { headers: { 'Content-Type': type } }));
    for (let i = 0; i < 2; i++) {
      const response = await app.request('/api/bungie/img/misc/missing_icon.png');
      expect(response.status).toBe(502);
      expect(await errorOf(response)).toMatchObject({ code: 'upstream_bad_response' });
    }
    expect(calls).toHaveLength(2);
  });

  it('refuses an image larger than any icon, without keeping it', async () => {
    const huge = new Uint8Array(5 * 1024 * 1024);
    huge.set(PNG);
    const { app } = setup(() => new Response(huge, { headers: { 'Content-Type': 'image/png' } }));
    const response = await app.request('/api/bungie/img/misc/missing_icon.png');
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'upstream_bad_response' });
  });

  it('sends its own Content-Type for an image, the one its bytes show', async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    const { app } = setup((url) =>
      url.pathname.endsWith('.png')
        ? new Response(PNG, { headers: { 'Content-Type': ' IMAGE/PNG ; x="<b>"' } })
        : new Response(jpeg, { headers: { 'Content-Type': 'image/png' } }),
    );
    expect((await app.request('/api/bungie/img/misc/missing_icon.png')).headers.get('content-type')).toBe('image/png');
    expect((await app.request('/api/bungie/common/destiny_content/icons/a.jpg')).headers.get('content-type')).toBe(
      'image/jpeg',
    );
  });

  it("relays icons outside Bungie's rate and circuit: a page of them neither delays nor breaks a data call", async () => {
    let failIcons = false;
    const config = readConfig({
      BUNGIE_API_KEY: KEY,
      BUNGIE_ORIGIN: ORIGIN,
      BUNGIE_RATE_PER_SECOND: '1',
      CIRCUIT_FAILURES: '1',
    });
    const upstream = fakeUpstream((url) =>
      url.pathname.endsWith('.png')
        ? failIcons
          ? new Response('down', { status: 503 })
          : new Response(PNG, { headers: { 'Content-Type': 'image/png' } })
        : json(envelope({ data: {} })),
    );
    const app = createApp({ config, fetch: upstream.fetch });
    const icon = (i: number) =>
      app.request(`/api/bungie/common/destiny_content/icons/${i.toString(16).padStart(32, '0')}.png`);
    const started = performance.now();
    const icons = await Promise.all(Array.from({ length: 60 }, (_, i) => icon(i)));
    expect(icons.map((response) => response.status)).toEqual(Array(60).fill(200));
    failIcons = true;
    expect((await icon(1000)).status).toBe(502);
    expect((await icon(1001)).status).toBe(502);
    // A rate of 1 a second has a burst of one call: this is it, granted at once, the circuit still closed.
    expect((await app.request(ACCOUNT)).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(upstream.calls).toHaveLength(63);
  });
  it('relays the embedded PlayFab demo images by validated name only, and only in demo mode', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const demoImages = 'http://127.0.0.1:9/playfab/images';
    const base = readConfig({ BUNGIE_API_KEY: KEY, BUNGIE_ORIGIN: ORIGIN });
    const { app, calls } = setup(() => new Response(png, { headers: { 'Content-Type': 'image/png' } }), {
      playfab: { ...base.playfab, demoImages },
    });
    const response = await app.request('/api/playfab/demo-images/launch/iron_blade.png');
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
    expect(calls.map((call) => call.url)).toEqual([`${demoImages}/launch/iron_blade.png`]);
    for (const bad of [
      '/api/playfab/demo-images/launch/..%2Fsecret.png',
      '/api/playfab/demo-images/a/b/c.png',
      '/api/playfab/demo-images/launch/x.svg',
    ]) {
      expect((await app.request(bad)).status).toBe(404);
    }
    expect(calls).toHaveLength(1);
    const live = setup();
    expect((await live.app.request('/api/playfab/demo-images/launch/iron_blade.png')).status).toBe(404);
  });
});
