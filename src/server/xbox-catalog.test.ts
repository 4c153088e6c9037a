import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';

const CATALOG = 'https://catalog.test';
const product = (id: string) => ({ ProductId: id, LocalizedProperties: [{ ProductTitle: `Title ${id}` }] });
const ids = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `9N${String(from + i).padStart(10, '0')}`);

function setup(env: Record<string, string> = {}, reply?: (url: URL) => Response | Promise<Response>) {
  const config = readConfig({ XBOX_CATALOG_ORIGIN: CATALOG, ...env });
  const calls: URL[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    calls.push(url);
    if (reply) return reply(url);
    // Like the Store: known ids answered, the others simply absent.
    const asked = url.searchParams.get('bigIds')!.split(',');
    return Response.json({ Products: asked.filter((id) => !id.endsWith('9')).map(product) });
  }) as typeof globalThis.fetch;
  const app = createApp({ config, fetch });
  const get = async (query: string) => {
    const response = await app.request(`/api/xbox/catalog?${query}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { app, get, calls };
}

const productIds = (body: Record<string, unknown>) =>
  (body.Products as { ProductId: string }[]).map((item) => item.ProductId);

describe('the Store catalog read', () => {
  it('asks the catalog once for up to 20 ids, with the configured market and language', async () => {
    const { get, calls } = setup({ XBOX_MARKET: 'gb', XBOX_LANGUAGE: 'en-GB' });
    const { status, body } = await get(`ids=${ids(20).join(',')}`);
    expect(status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.origin + calls[0]!.pathname).toBe(`${CATALOG}/v7.0/products`);
    expect(calls[0]!.search).toBe(`?bigIds=${ids(20).join(',')}&market=GB&languages=en-gb`);
    // Ids the catalog does not know are left out, as it leaves them out.
    expect(productIds(body)).toEqual(ids(20).filter((id) => !id.endsWith('9')));
  });

  it('keeps each product, so a later batch asks only for the ids not yet known', async () => {
    const { get, calls } = setup();
    await get(`ids=${ids(10).join(',')}`);
    const { body } = await get(`ids=${ids(10, 5).join(',')}`);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.searchParams.get('bigIds')).toBe(ids(5, 10).join(','));
    expect(productIds(body)).toEqual(ids(10, 5).filter((id) => !id.endsWith('9')));
    // Unknown ids are remembered too: nothing new to ask.
    await get(`ids=${ids(15).join(',')}`);
    expect(calls).toHaveLength(2);
  });

  it('asks once for an id two requests want at the same time', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { get, calls } = setup({}, async (url) => {
      await gate;
      return Response.json({ Products: url.searchParams.get('bigIds')!.split(',').map(product) });
    });
    const first = get(`ids=${ids(2).join(',')}`);
    const second = get(`ids=${ids(3).join(',')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    expect(productIds((await second).body)).toEqual(ids(3));
    expect(productIds((await first).body)).toEqual(ids(2));
    expect(calls.map((url) => url.searchParams.get('bigIds'))).toEqual([ids(2).join(','), ids(1, 2).join(',')]);
  });

  it('refuses what is not a catalog read before calling the catalog', async () => {
    const { get, calls } = setup();
    for (const query of [
      '',
      'ids=',
      `ids=${ids(21).join(',')}`,
      'ids=9N/00000000',
      'ids=9N000',
      'ids=9N0000000000&ids=9N0000000001',
      'ids=9N0000000000&market=USA',
      'ids=9N0000000000&language=en us',
      'ids=9N0000000000&bigIds=9N0000000001',
      'ids=9N0000000000&origin=https://evil.test',
    ]) {
      const { status, body } = await get(query);
      expect(status, query).toBe(400);
      expect((body.error as { code: string }).code).toBe('bad_parameter');
    }
    expect(calls).toEqual([]);
  });

  it('takes a market and language from the request, checked', async () => {
    const { get, calls } = setup();
    await get('ids=9N0000000000&market=fr&language=fr-FR');
    expect(calls[0]!.search).toBe('?bigIds=9N0000000000&market=FR&languages=fr-fr');
  });

  it('answers a catalog outage as a JSON error naming the Store, keeping nothing', async () => {
    let down = true;
    const { get, calls } = setup({}, (url) =>
      down
        ? new Response('<html>down</html>', { status: 503, headers: { 'Content-Type': 'text/html' } })
        : Response.json({ Products: url.searchParams.get('bigIds')!.split(',').map(product) }),
    );
    const failed = await get('ids=9N0000000000');
    expect(failed.status).toBe(502);
    expect((failed.body.error as { message: string }).message).toMatch(/Store catalog/);
    down = false;
    expect(productIds((await get('ids=9N0000000000')).body)).toEqual(['9N0000000000']);
    expect(calls).toHaveLength(2);
  });

  it('has a circuit of its own: a Store outage never closes the inventory', async () => {
    const { app, get, calls } = setup({ CIRCUIT_FAILURES: '1', XBOX_AUTHORIZATION: 'XBL3.0 x=1;t' }, (url) =>
      url.pathname.startsWith('/v7.0/')
        ? new Response('bad gateway', { status: 502, headers: { 'Content-Type': 'text/html' } })
        : Response.json({ pagingInfo: { totalItems: 0 }, items: [] }),
    );
    expect((await get('ids=9N0000000000')).status).toBe(502);
    const open = await get('ids=9N0000000001');
    expect(open.status).toBe(503);
    expect((open.body.error as { code: string; message: string }).code).toBe('upstream_circuit_open');
    expect((open.body.error as { message: string }).message).toMatch(/^The Store catalog is failing/);
    expect(calls).toHaveLength(1);
    expect((await app.request('/api/xbox/users/me/inventory')).status).toBe(200);
  });

  it('refuses bad configuration at start', () => {
    expect(() => readConfig({ XBOX_MARKET: 'United States' })).toThrow(/XBOX_MARKET/);
    expect(() => readConfig({ XBOX_LANGUAGE: 'en_US' })).toThrow(/XBOX_LANGUAGE/);
    expect(() => readConfig({ XBOX_CATALOG_ORIGIN: 'https://x.test/path' })).toThrow(/XBOX_CATALOG_ORIGIN/);
  });
});

describe('the Store image relay', () => {
  it('relays only Store image paths, with a checked size', async () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);
    const calls: string[] = [];
    const config = readConfig({});
    const fetch = (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return new Response(png, { headers: { 'Content-Type': 'image/png' } });
    }) as typeof globalThis.fetch;
    const app = createApp({ config, fetch });
    const ok = await app.request('/api/xbox/images/image/apps.123.9N0000000000.boxart?w=200');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Type')).toBe('image/png');
    expect(calls).toEqual(['https://store-images.s-microsoft.com/image/apps.123.9N0000000000.boxart?w=200']);
    expect((await app.request('/api/xbox/images/../etc/passwd')).status).toBe(404);
    expect((await app.request('/api/xbox/images/image/apps.1?w=99999')).status).toBe(400);
    expect((await app.request('/api/xbox/images/image/apps.1?url=https://evil.test')).status).toBe(400);
    expect(calls).toHaveLength(1);
  });
});
