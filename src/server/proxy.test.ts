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

describe('bodies in flight', () => {
  it('refuses a body that would pass the budget with 503 upstream_busy, and admits it once others are done', async () => {
    // Each answer arrives in two halves of 300 KiB, the second only when `more` is called.
    const halves: (() => void)[] = [];
    const half = new Uint8Array(300 * 1024).fill(0x20);
    const fetch = (async () => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"ErrorCode":1,"Response":"'));
          controller.enqueue(half);
          halves.push(() => {
            controller.enqueue(half);
            controller.enqueue(new TextEncoder().encode('"}'));
            controller.close();
          });
        },
      });
      return new Response(stream, { headers: { 'Content-Type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const config = readConfig({ BUNGIE_API_KEY: 'k', BUNGIE_ORIGIN: 'https://bungie.test', UPSTREAM_BODIES_MB: '1' });
    const app = createApp({ config, fetch });
    const first = app.request(ACCOUNT(1));
    const second = app.request(ACCOUNT(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // 600 KiB in flight: the second body's second half would pass 1 MiB, the first's would not.
    halves.shift()!();
    halves.shift()!();
    const [one, two] = await Promise.all([first, second]);
    expect(one.status).toBe(200);
    expect(two.status).toBe(503);
    expect(await two.json()).toEqual({
      error: {
        code: 'upstream_busy',
        message: 'The server is receiving too many large answers at once; try again shortly.',
        provider: 'bungie',
      },
    });
    const again = app.request(ACCOUNT(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    halves.shift()!();
    expect((await again).status).toBe(200);
  });
});
