import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';

const AUTH = 'XBL3.0 x=1234567890;secret-token-8c2f';
const ORIGIN = 'https://xbox.test';
const page = { pagingInfo: { totalItems: 0 }, items: [] };

function setup(reply: (url: URL) => Response = () => Response.json(page)) {
  const config = readConfig({ XBOX_AUTHORIZATION: AUTH, XBOX_ORIGIN: ORIGIN, CACHE_TTL_MS: '0' });
  const calls: { url: string; headers: Headers }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), headers: new Headers(init?.headers) });
    return reply(new URL(String(input)));
  }) as typeof globalThis.fetch;
  const logs: Record<string, unknown>[] = [];
  const app = createApp({ config, fetch, log: (line) => logs.push(line) });
  return { app, calls, logs };
}

async function errorCode(response: Response) {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe('the Xbox proxy', () => {
  it('forwards the documented filters, in a fixed order, with the authorization and contract version added', async () => {
    const { app, calls } = setup();
    const response = await app.request(
      '/api/xbox/users/me/inventory?maxItems=25&productIds=9ABC,9DEF&availability=all&state=canceled&itemType=gameconsumable&container=9XYZ&expandSatisfyingEntitlements=false&continuationToken=eyJza2lwIjoyfQ',
      { headers: { Authorization: 'Bearer client', Cookie: 'a=b', 'x-xbl-contract-version': '1' } },
    );
    expect(response.status).toBe(200);
    expect(calls[0]!.url).toBe(
      `${ORIGIN}/users/me/inventory?itemType=GameConsumable&state=Canceled&container=9XYZ&availability=All&expandSatisfyingEntitlements=false&productIds=9ABC,9DEF&maxItems=25&continuationToken=eyJza2lwIjoyfQ`,
    );
    expect(calls[0]!.headers.get('authorization')).toBe(AUTH);
    expect(calls[0]!.headers.get('x-xbl-contract-version')).toBe('4');
    expect(calls[0]!.headers.get('cookie')).toBeNull();
  });

  it('refuses unknown, repeated and invalid parameters before calling upstream', async () => {
    const { app, calls } = setup();
    for (const query of [
      'skipItems=2',
      'url=https://evil.test/',
      'state=Gone',
      'itemType=DLC',
      'maxItems=0',
      'maxItems=5000',
      'productIds=a/b',
      'container=..',
      'state=Enabled&state=Expired',
      'continuationToken=a%20b',
    ]) {
      const response = await app.request(`/api/xbox/users/me/inventory?${query}`);
      expect(response.status, query).toBe(400);
      expect(await errorCode(response)).toBe('bad_parameter');
    }
    expect(calls).toEqual([]);
  });

  it('resolves item details against the configured origin only, never a URL from the client', async () => {
    const { app, calls } = setup(() => Response.json({ url: 'x' }));
    expect((await app.request('/api/xbox/items/xuid;9ABC;9ABC')).status).toBe(200);
    expect(calls[0]!.url).toBe(`${ORIGIN}/users/me/inventory/xuid;9ABC;9ABC`);
    for (const id of ['https%3A%2F%2Fevil.test%2Fx', '..%2F..%2Fadmin', '%252e%252e', 'a;b;c;d;e', '@evil.test']) {
      const response = await app.request(`/api/xbox/items/${id}`);
      expect(response.status, id).toBe(400);
    }
    expect((await app.request('/api/xbox/items/https://evil.test/x')).status).toBe(404);
    expect(calls).toHaveLength(1);
  });

  it('classifies empty-bodied upstream errors and passes a 429 with its body and Retry-After', async () => {
    const statuses: Record<string, Response> = {};
    const { app } = setup((url) => statuses[url.searchParams.get('state') ?? '']!);
    statuses.Enabled = new Response(null, { status: 401, headers: { 'x-xblcorrelationid': 'c' } });
    statuses.Expired = new Response(null, { status: 400 });
    const throttle = {
      version: 1,
      currentRequests: 13,
      maxRequests: 10,
      periodInSeconds: 15,
      type: 'burst',
      limitType: 'Rate',
    };
    statuses.Suspended = Response.json(throttle, { status: 429, headers: { 'Retry-After': '15' } });
    const unauthorized = await app.request('/api/xbox/users/me/inventory?state=Enabled');
    expect([unauthorized.status, await errorCode(unauthorized)]).toEqual([401, 'unauthorized']);
    const refused = await app.request('/api/xbox/users/me/inventory?state=Expired');
    expect([refused.status, await errorCode(refused)]).toEqual([400, 'bad_parameter']);
    const throttled = await app.request('/api/xbox/users/me/inventory?state=Suspended');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('15');
    expect(await throttled.json()).toEqual(throttle);
  });

  it('never shows the authorization in responses, headers, logs or the config', async () => {
    const { app, logs } = setup((url) =>
      url.pathname.endsWith('x') ? new Response(null, { status: 401 }) : Response.json(page),
    );
    const responses = [
      await app.request('/api/xbox/users/me/inventory'),
      await app.request('/api/xbox/items/x'),
      await app.request('/api/xbox/users/me/inventory?state=nope'),
      await app.request('/api/config'),
    ];
    for (const response of responses) {
      const text = `${JSON.stringify([...response.headers])}${await response.text()}`;
      expect(text).not.toContain('secret-token');
      expect(text).not.toContain('1234567890');
    }
    expect(JSON.stringify(logs)).not.toContain('secret-token');
    expect(await (await app.request('/api/config')).json()).toMatchObject({ providers: { xbox: { mode: 'live' } } });
  });
});
