import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { brokenUpload } from '../../test/broken-upload.ts';
import { readConfig } from './config.ts';

const SECRETS = {
  BUNGIE_API_KEY: 'bungie-live-key-9c1e5b',
  PLAYFAB_SECRET_KEY: 'playfab-live-secret-77aa',
  PLAYFAB_TITLE_IDS: 'A1B2C',
  XBOX_AUTHORIZATION: 'XBL3.0 x=userhash42;xsts-token-secret-31d0',
};
const CLIENT_SECRETS = ['session=cookie-secret-5150', 'Bearer client-token-8086', 'query-secret-2600'];

function setup() {
  const lines: string[] = [];
  let status = 200;
  const fetch = (async () =>
    new Response('{"ErrorCode":1,"code":200}', {
      status,
      headers: { 'Content-Type': 'application/json' },
    })) as typeof globalThis.fetch;
  const config = readConfig({
    ...SECRETS,
    BUNGIE_ORIGIN: 'https://bungie.test',
    PLAYFAB_ORIGIN: 'https://{titleId}.pf.test',
    XBOX_ORIGIN: 'https://xbox.test',
  });
  const app = createApp({
    config,
    fetch,
    log: (line) => lines.push(JSON.stringify(line)),
    socketAddress: () => '192.0.2.7',
  });
  return { app, lines, setStatus: (next: number) => (status = next) };
}

const clientHeaders = { Cookie: CLIENT_SECRETS[0]!, Authorization: CLIENT_SECRETS[1]!, 'Accept-Encoding': 'gzip' };

describe('the request log', () => {
  it('writes exactly one line per request: route pattern, path without query, status, time, cache and upstream', async () => {
    const { app, lines, setStatus } = setup();
    const account = `/api/bungie/Platform/Destiny/2/Account/42/?token=${CLIENT_SECRETS[2]}`;
    await app.request(account, { headers: clientHeaders });
    await app.request(account, { headers: clientHeaders });
    setStatus(500);
    await app.request('/api/xbox/users/me/inventory', { headers: clientHeaders });
    await app.request(brokenUpload());
    expect(lines).toHaveLength(4);
    const [miss, hit, failed, thrown] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(miss).toMatchObject({
      event: 'request',
      method: 'GET',
      route: '/api/bungie/*',
      path: '/api/bungie/Platform/Destiny/2/Account/42/',
      status: 200,
      cache: 'miss',
      upstreamStatus: 200,
      client: '192.0.2.7',
    });
    expect(miss!.ms).toEqual(expect.any(Number));
    expect(hit).toMatchObject({ cache: 'hit', upstreamStatus: null });
    expect(failed).toMatchObject({
      route: '/api/xbox/users/me/inventory',
      status: 500,
      cache: 'miss',
      upstreamStatus: 500,
    });
    expect(thrown).toMatchObject({
      route: '/api/playfab/:titleId/Server/:call',
      status: 500,
      cache: 'none',
      error: 'boom',
    });
  });

  it('notes the upstream status and error code when the proxy refused the answer', async () => {
    const lines: string[] = [];
    const fetch = (async () =>
      new Response('<html>', { status: 502, headers: { 'Content-Type': 'text/html' } })) as typeof globalThis.fetch;
    const html = createApp({ config: readConfig({}), fetch, log: (line) => lines.push(JSON.stringify(line)) });
    await html.request('/api/bungie/Platform/Destiny/2/Account/42/');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({
      status: 502,
      upstreamStatus: 502,
      upstreamError: 'upstream_bad_response',
      client: 'unknown',
    });
  });

  it('never contains a key, cookie, authorization or query value, whatever the request carries', async () => {
    const { app, lines } = setup();
    const query = `?q=${CLIENT_SECRETS[2]}&lc=en`;
    const requests = [
      `/api/bungie/Platform/Destiny/2/Account/42/${query}`,
      `/api/xbox/users/me/inventory${query}`,
      `/api/xbox/items/abc${query}`,
      `/api/config${query}`,
      `/api/nope${query}`,
    ];
    for (const path of requests) await app.request(path, { headers: clientHeaders });
    await app.request(`/api/playfab/E3F1A/Server/GetCatalogItems${query}`, {
      method: 'POST',
      headers: clientHeaders,
      body: '{}',
    });
    expect(lines).toHaveLength(requests.length + 1);
    const log = lines.join('\n');
    for (const secret of [
      ...Object.values(SECRETS),
      'xsts-token-secret-31d0',
      ...CLIENT_SECRETS,
      'cookie-secret',
      'client-token',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
