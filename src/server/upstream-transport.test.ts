import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeTransport } from './node-transport.ts';
import { fetchTransport, fetchUpstream, UpstreamError, type UpstreamTransport } from './upstream.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const seen: Seen[] = [];
const closedEarly: string[] = [];
const JSON_TYPE = { 'Content-Type': 'application/json' };

/** A stand-in provider with one route per behaviour the transports must agree on. */
const routes: Record<string, (response: ServerResponse) => void> = {
  '/ok': (response) => response.writeHead(200, { ...JSON_TYPE, 'Retry-After': '30' }).end('{"ok":true}'),
  '/bad-retry-after': (response) => response.writeHead(503, { ...JSON_TYPE, 'Retry-After': 'soon<script>' }).end('{}'),
  '/redirect': (response) => response.writeHead(302, { Location: '/ok' }).end(),
  '/gzip': (response) =>
    response.writeHead(200, { ...JSON_TYPE, 'Content-Encoding': 'gzip' }).end(gzipSync('{"packed":true}')),
  '/huge': (response) => {
    response.writeHead(200, { ...JSON_TYPE, 'Content-Length': String(100 * 1024 * 1024) });
    response.write('{');
  },
  '/broken': (response) => {
    response.writeHead(200, { ...JSON_TYPE, 'Content-Length': '1000' });
    response.write('{"items":[', () => response.socket?.destroy());
  },
  '/never': () => {},
};

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      response.on('close', () => response.writableFinished || closedEarly.push(request.url ?? ''));
      (routes[request.url ?? ''] ?? ((answer) => answer.writeHead(404).end()))(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const transports: [string, UpstreamTransport][] = [
  ['fetch', fetchTransport((input, init) => fetch(input, init))],
  ['node:http', nodeTransport],
];

describe.each(transports)('the %s transport', (_, transport) => {
  const exchange = (path: string, extra: { body?: string; timeoutMs?: number } = {}) =>
    fetchUpstream(transport, {
      url: `${origin}${path}`,
      headers: { 'X-API-Key': 'key', ...JSON_TYPE },
      timeoutMs: 2_000,
      ...extra,
    });
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  };

  it('sends a GET with our headers, asks for compression, and returns status, type, Retry-After and body', async () => {
    const reply = await exchange('/ok');
    expect(reply).toMatchObject({ status: 200, contentType: 'application/json', retryAfter: '30' });
    expect(new TextDecoder().decode(reply.body)).toBe('{"ok":true}');
    const request = seen.at(-1)!;
    expect(request).toMatchObject({ method: 'GET', url: '/ok', body: '' });
    expect(request.headers['x-api-key']).toBe('key');
    expect(request.headers['accept-encoding']).toContain('gzip');
  });

  it('sends a POST with its body', async () => {
    await exchange('/ok', { body: '{"CharacterId":"1"}' });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: '{"CharacterId":"1"}' });
  });

  it('relays only a well-formed Retry-After', async () => {
    expect(await exchange('/bad-retry-after')).toMatchObject({ status: 503, retryAfter: null });
  });

  it('decodes a gzip body', async () => {
    expect(new TextDecoder().decode((await exchange('/gzip')).body)).toBe('{"packed":true}');
  });

  it('returns a redirect as it is, without following it', async () => {
    const before = seen.length;
    expect((await exchange('/redirect')).status).toBe(302);
    expect(seen.slice(before).map((request) => request.url)).toEqual(['/redirect']);
  });

  it('refuses a body declared larger than the limit without reading it', async () => {
    expect((await failure(exchange('/huge'))).code).toBe('upstream_bad_response');
  });

  it('says the connection broke off when the body stops short', async () => {
    const error = await failure(exchange('/broken'));
    expect(error.code).toBe('upstream_unreachable');
    expect(error.message).toMatch(/broke off/);
  });

  it('says the provider could not be reached when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(
      fetchUpstream(transport, { url: `http://127.0.0.1:${port}/ok`, headers: {}, timeoutMs: 2_000 }),
    );
    expect(error.code).toBe('upstream_unreachable');
  });

  it('times out, and hangs up on the provider rather than leaving the call open', async () => {
    const error = await failure(exchange('/never', { timeoutMs: 100 }));
    expect(error.code).toBe('upstream_timeout');
    await expect.poll(() => closedEarly.filter((url) => url === '/never').length).toBeGreaterThan(0);
    closedEarly.length = 0;
  });
});
