import { serve } from '@hono/node-server';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';

const KEY = 'loopback-key-5d2e8a';
const ENVELOPE = JSON.stringify({
  Response: {
    data: {
      characters: Array.from({ length: 50 }, (_, i) => ({ characterId: String(2305843009260606767n + BigInt(i)) })),
    },
  },
  ErrorCode: 1,
  ThrottleSeconds: 0,
  ErrorStatus: 'Success',
  Message: 'Ok',
  MessageData: {},
});

/** Not our demo: a bare node:http server, so the proxy is proven against someone else's HTTP. */
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
const upstream = createServer((req, res) => {
  seen.push({ url: req.url ?? '', headers: req.headers });
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Set-Cookie': 'upstream=1' });
  res.end(ENVELOPE);
});

let proxy: Server;
let port: number;

function listening(server: Server): Promise<number> {
  return new Promise((resolve) => {
    if (server.listening) resolve((server.address() as AddressInfo).port);
    else server.once('listening', () => resolve((server.address() as AddressInfo).port));
  });
}

/** node:http, not fetch: fetch would normalise the raw paths these tests need to send. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  upstream.listen(0, '127.0.0.1');
  const upstreamPort = await listening(upstream);
  const config = readConfig({ BUNGIE_API_KEY: KEY, BUNGIE_ORIGIN: `http://127.0.0.1:${upstreamPort}` });
  proxy = serve({ fetch: createApp({ config }).fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  port = await listening(proxy);
});

afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  await new Promise((resolve) => upstream.close(resolve));
});

describe('the proxy over real loopback HTTP', () => {
  it('forwards a call with the key, gzips the answer, and adds nothing of the client or upstream', async () => {
    const response = await get('/api/bungie/Platform/Destiny/2/Account/4611686018428389840?definitions=true&x=1', {
      'Accept-Encoding': 'gzip',
      Cookie: 'session=abc',
      Authorization: 'Bearer user',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).toString()).toBe(ENVELOPE);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(JSON.stringify(response.headers)).not.toContain(KEY);

    const call = seen.at(-1)!;
    expect(call.url).toBe('/d1/Platform/Destiny/2/Account/4611686018428389840/?definitions=true');
    expect(call.headers['x-api-key']).toBe(KEY);
    expect(call.headers.cookie).toBeUndefined();
    expect(call.headers.authorization).toBeUndefined();
  });

  it('serves the second identical call from cache', async () => {
    const before = seen.length;
    const first = await get('/api/bungie/Platform/Destiny/1/Account/42/');
    const second = await get('/api/bungie/Platform/Destiny/1/Account/42/');
    expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['miss', 'hit']);
    expect(second.body.toString()).toBe(ENVELOPE);
    expect(seen.length).toBe(before + 1);
  });

  it('refuses raw traversal and encoded slashes without calling upstream', async () => {
    const before = seen.length;
    for (const path of [
      '/api/bungie/img/misc/..%2F..%2Fsecret.png',
      '/api/bungie/common/destiny_content/icons/%2e%2e%2fx.png',
      '/api/bungie/Platform/Destiny/SearchDestinyPlayer/2/..%2F..%2FUser/',
      '/api/bungie/Platform/Destiny/2/Account/1/../../../../User/GetBungieNetUser/',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expect(JSON.parse(response.body.toString()).error.code).toMatch(/^(not_found|bad_parameter)$/);
    }
    expect(seen.length).toBe(before);
  });
});
