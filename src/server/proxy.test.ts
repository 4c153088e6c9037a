import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';

const ACCOUNT = (id: number) => `/api/bungie/Platform/Destiny/2/Account/${id}/`;

/** A Bungie stand-in answering every call with `body`, counting the calls. */
function setup(body: () => string, env: Record<string, string> = {}) {
  let calls = 0;
  const fetch = (async () => {
    calls++;
    return new Response(body(), { headers: { 'Content-Type': 'application/json' } });
  }) as typeof globalThis.fetch;
  const config = readConfig({ BUNGIE_API_KEY: 'k', BUNGIE_ORIGIN: 'https://bungie.test', ...env });
  return { app: createApp({ config, fetch }), calls: () => calls };
}

/** JSON that gzip can hardly shrink: random base64 in a string. */
function incompressible(bytes: number): string {
  const random = new Uint8Array((bytes * 3) / 4);
  for (let i = 0; i < random.length; i += 65_536) crypto.getRandomValues(random.subarray(i, i + 65_536));
  return JSON.stringify({ Response: Buffer.from(random).toString('base64'), ErrorCode: 1 });
}

describe("the proxy's cache", () => {
  it('does not keep a 200 whose JSON is cut short, but passes it on as it came', async () => {
    const whole = JSON.stringify({ Response: { items: Array.from({ length: 50 }, (_, i) => ({ i })) }, ErrorCode: 1 });
    let body = whole.slice(0, whole.length / 2);
    const { app, calls } = setup(() => body);
    const cut = await app.request(ACCOUNT(1));
    expect([cut.status, await cut.text()]).toEqual([200, body]);
    body = whole;
    expect((await app.request(ACCOUNT(1))).headers.get('X-Cache')).toBe('miss');
    expect((await app.request(ACCOUNT(1))).headers.get('X-Cache')).toBe('hit');
    expect(calls()).toBe(2);
  });

  it("counts an answer's gzip copy against its byte bound", async () => {
    // 1 MiB of cache keeps answers of up to 256 KiB: this one fits alone, not with its gzip copy.
    const { app } = setup(() => incompressible(200_000), { CACHE_MB: '1' });
    await app.request(ACCOUNT(1));
    expect((await app.request(ACCOUNT(1))).headers.get('X-Cache')).toBe('hit');
    const gzipped = await app.request(ACCOUNT(1), { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('Content-Encoding')).toBe('gzip');
    expect((await app.request(ACCOUNT(1))).headers.get('X-Cache')).toBe('miss');
  });
});
