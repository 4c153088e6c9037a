import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createBungieDemoApp } from '../demo/bungie/app.ts';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { createLinkPreview, createParsedAnswers, escapeHtml } from './link-preview.ts';
import { noteServedBody } from './served-body.ts';
import { namedItemDetail } from '../../test/support/named-item-detail.ts';

const INDEX = '<!doctype html><html><head><title>Gearview</title></head><body><div id="root"></div></body></html>';
const ORIGIN = 'http://gearview.test';
/** Where people reach the server (PUBLIC_ORIGIN): never the Host a request names. */
const PUBLIC = 'https://gearview.example';
const ITEMS = '/destiny/2/4611686018467284913/2305843009301840156/items';

/** A stand-in for the proxy: serves `body` to `request` as the proxy would. */
function serve(request: Request, body: unknown): Response {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  noteServedBody(request, { status: 200, bytes });
  return new Response(bytes, { headers: { 'Content-Type': 'application/json' } });
}

/** The real proxy app in front of the demo upstream, reached without sockets; counts upstream calls. */
function setup(
  options: Partial<Pick<Parameters<typeof createLinkPreview>[0], 'maxBodyBytes' | 'indexHtml' | 'firstScreen'>> = {},
) {
  const demo = createBungieDemoApp();
  let upstreamCalls = 0;
  const config = readConfig({ BUNGIE_API_KEY: 'preview-test', BUNGIE_ORIGIN: 'http://demo.test' });
  const api = createApp({
    config,
    fetch: async (input, init) => {
      upstreamCalls++;
      return demo.fetch(new Request(input, init));
    },
  });
  const preview = createLinkPreview({
    api: (request) => api.fetch(request),
    indexHtml: INDEX,
    publicOrigin: PUBLIC,
    ...options,
  });
  return { api, preview, upstreamCalls: () => upstreamCalls };
}

async function firstInstancedWeapon(api: ReturnType<typeof setup>['api']) {
  const response = await api.fetch(
    new Request(
      `${ORIGIN}/api/bungie/Platform/Destiny/2/Account/4611686018467284913/Character/2305843009301840156/Inventory/?definitions=true`,
    ),
  );
  const body = await response.json();
  const item = body.Response.data.buckets.Equippable[1].items[0];
  return { id: item.itemInstanceId as string, name: body.Response.definitions.items[item.itemHash].itemName as string };
}

describe('link previews', () => {
  it('answers an item URL with the page and its Open Graph and Twitter tags, through the proxy cache', async () => {
    const { api, preview, upstreamCalls } = setup();
    const weapon = await firstInstancedWeapon(api);
    const response = (await preview(new Request(`${ORIGIN}${ITEMS}/${weapon.id}`)))!;
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain(`<meta property="og:title" content="${escapeHtml(weapon.name)}" />`);
    expect(html).toMatch(/<meta property="og:description" content="\w+ [\w ]+ · \d+ Attack/);
    expect(html).toMatch(
      new RegExp(`<meta property="og:image" content="${PUBLIC}/api/bungie/common/destiny_content/icons/\\w+\\.png" />`),
    );
    expect(html).toContain(`<meta property="og:url" content="${PUBLIC}${ITEMS}/${weapon.id}" />`);
    expect(html).not.toContain(ORIGIN);
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).toContain(`<title>${escapeHtml(weapon.name)} · Gearview</title>`);
    expect(html).toContain('<div id="root"></div>');
    // The browser's own request for the same item is now a cache hit.
    const before = upstreamCalls();
    const again = await api.fetch(
      new Request(
        `${ORIGIN}/api/bungie/Platform/Destiny/2/Account/4611686018467284913/Character/2305843009301840156/Inventory/${weapon.id}/?definitions=true`,
      ),
    );
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(upstreamCalls()).toBe(before);
  });

  it('sends its page gzipped to a browser that takes gzip, and as it is to one that does not', async () => {
    // A page the size of a real one: compressing a few hundred bytes would not pay.
    const index = INDEX.replace('</head>', `<meta name="filler" content="${'x'.repeat(4_000)}"></head>`);
    const { api, preview } = setup({ indexHtml: index });
    const url = `${ORIGIN}${ITEMS}/${(await firstInstancedWeapon(api)).id}`;
    const plain = (await preview(new Request(url)))!;
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    const html = await plain.text();
    expect(html).toContain('<meta property="og:title"');
    const zipped = (await preview(new Request(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })))!;
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(bytes.byteLength).toBeLessThan(html.length / 4);
    expect(gunzipSync(bytes).toString('utf8')).toBe(html);
  });

  it('names a stack from the inventory', async () => {
    const { api, preview } = setup();
    const body = await (
      await api.fetch(
        new Request(
          `${ORIGIN}/api/bungie/Platform/Destiny/2/Account/4611686018467284913/Character/2305843009301840156/Inventory/?definitions=true`,
        ),
      )
    ).json();
    const stack = body.Response.data.buckets.Item[0].items[0];
    const html = await (await preview(new Request(`${ORIGIN}${ITEMS}/0?hash=${stack.itemHash}`)))!.text();
    expect(html).toContain(`content="${escapeHtml(body.Response.definitions.items[stack.itemHash].itemName)}"`);
  });

  it('serves the plain page at once for an answer too large to preview', async () => {
    const { api, preview } = setup({ maxBodyBytes: 10_000 });
    const inventory = await (
      await api.fetch(
        new Request(
          `${ORIGIN}/api/bungie/Platform/Destiny/2/Account/4611686018467284913/Character/2305843009301840156/Inventory/?definitions=true`,
        ),
      )
    ).json();
    const stack = inventory.Response.data.buckets.Item[0].items[0];
    expect(await (await preview(new Request(`${ORIGIN}${ITEMS}/0?hash=${stack.itemHash}`)))!.text()).toBe(INDEX);
  });

  it("makes its API call as the visitor: their socket's env and X-Forwarded-For go with it", async () => {
    const seen: [string | null, unknown][] = [];
    const env = { incoming: 'the visitor socket' };
    const preview = createLinkPreview({
      api: (request, callEnv) => (seen.push([request.headers.get('X-Forwarded-For'), callEnv]), new Response('{}')),
      indexHtml: INDEX,
    });
    const page = new Request(`${ORIGIN}${ITEMS}/6917529000000000001`, {
      headers: { 'X-Forwarded-For': '203.0.113.7' },
    });
    await preview(page, env);
    expect(seen).toEqual([['203.0.113.7', env]]);
  });

  it("answers a gone item with the app's page as a 404, and leaves URLs that are no page alone", async () => {
    const { preview } = setup();
    const gone = (await preview(new Request(`${ORIGIN}${ITEMS}/6917529000000000000`)))!;
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe(INDEX);
    // A HEAD gets the same status and headers, without the body.
    const checked = (await preview(new Request(`${ORIGIN}${ITEMS}/6917529000000000000`, { method: 'HEAD' })))!;
    expect(checked.status).toBe(404);
    expect(checked.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await checked.text()).toBe('');
    expect(await preview(new Request(`${ORIGIN}/destiny/2`))).toBeNull();
    expect(await preview(new Request(`${ORIGIN}/destiny/2`, { method: 'HEAD' }))).toBeNull();
    expect(await preview(new Request(`${ORIGIN}${ITEMS}/6917529000000000000`, { method: 'POST' }))).toBeNull();
    expect(await preview(new Request(`${ORIGIN}/`))).toBeNull();
    expect(await preview(new Request(`${ORIGIN}/assets/app.js`))).toBeNull();
  });

  it('answers a HEAD with the status a GET gets, from the summary alone: no first screen, no body', async () => {
    let firstScreens = 0;
    const { api, preview } = setup({
      firstScreen: async () => {
        firstScreens++;
        return '<main><h1>First</h1></main>';
      },
    });
    const url = `${ORIGIN}${ITEMS}/${(await firstInstancedWeapon(api)).id}`;
    const checked = (await preview(new Request(url, { method: 'HEAD', headers: { 'Accept-Encoding': 'gzip' } })))!;
    expect(checked.status).toBe(200);
    expect(checked.headers.get('vary')).toBe('Accept-Encoding');
    expect(await checked.text()).toBe('');
    expect(firstScreens).toBe(0);
    expect(await (await preview(new Request(url)))!.text()).toContain('<h1>First</h1>');
    expect(firstScreens).toBe(1);
  });

  it('leaves out og:url and og:image without a public origin, rather than trust the Host header', async () => {
    const { api } = setup();
    const weapon = await firstInstancedWeapon(api);
    const preview = createLinkPreview({ api: (request) => api.fetch(request), indexHtml: INDEX });
    const html = await (await preview(new Request(`${ORIGIN}${ITEMS}/${weapon.id}`)))!.text();
    expect(html).toContain(`<meta property="og:title" content="${escapeHtml(weapon.name)}" />`);
    expect(html).not.toMatch(/og:url|og:image|twitter:image/);
  });

  it('gives up after a bounded wait', async () => {
    const preview = createLinkPreview({ api: () => new Promise<Response>(() => {}), indexHtml: INDEX, waitMs: 20 });
    expect(await (await preview(new Request(`${ORIGIN}${ITEMS}/6917529000000000001`)))!.text()).toBe(INDEX);
  });

  it('makes a bounded number of previews at once, and serves the plain page beyond them at once', async () => {
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    let calls = 0;
    const api = async () => (
      calls++,
      await held,
      new Response('{}', { headers: { 'Content-Type': 'application/json' } })
    );
    const preview = createLinkPreview({ api, indexHtml: INDEX, waitMs: 300, maxInFlight: 2 });
    const page = async (id: number) => (await preview(new Request(`${ORIGIN}${ITEMS}/${id}`)))!.text();
    // Two run past their wait, as their work goes on; a third, meanwhile, is not even started.
    expect(await Promise.all([page(1), page(2)])).toEqual([INDEX, INDEX]);
    const started = performance.now();
    expect(await page(3)).toBe(INDEX);
    expect(performance.now() - started).toBeLessThan(150);
    expect(calls).toBe(2);
    // Once their work ends, previews are made again.
    answer();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await page(4);
    expect(calls).toBe(3);
  });

  it('escapes what it writes into the page', () => {
    expect(escapeHtml(`"<script>"&'`)).toBe('&quot;&lt;script&gt;&quot;&amp;&#39;');
  });
  it('keeps `$` patterns in upstream names as plain text', async () => {
    const name = 'Gjallar$`horn $& $$';
    const detail = namedItemDetail(name);
    const preview = createLinkPreview({ api: (request) => serve(request, detail), indexHtml: INDEX });
    const html = await (await preview(new Request(`${ORIGIN}${ITEMS}/6917529000000000001`)))!.text();
    expect(html).toContain(`<title>${escapeHtml(name)} · Gearview</title>`);
    expect(html).toContain(`<meta property="og:title" content="${escapeHtml(name)}" />`);
    expect(html.match(/<head>/g)).toHaveLength(1);
  });
});

describe('createParsedAnswers', () => {
  const body = (text: string) => ({ status: 200, bytes: new TextEncoder().encode(text) });

  it('parses each served answer once for any number of readers, and again for a new answer', () => {
    const parsed = createParsedAnswers(1_000);
    let parses = 0;
    const parse = (json: unknown) => (parses++, json);
    const kept = body('{"a":1}');
    expect([parsed(kept, parse), parsed(kept, parse)]).toEqual([{ a: 1 }, { a: 1 }]);
    expect(parses).toBe(1);
    parsed(body('{"a":1}'), parse);
    expect(parses).toBe(2);
    // Another reading of the same answer is its own.
    expect(parsed(kept, () => 'other')).toBe('other');
  });

  it('keeps answers up to its bytes, least recently used out first, and no failed parse', () => {
    // Room for two of these 12-byte answers.
    const parsed = createParsedAnswers(30);
    let parses = 0;
    const parse = (json: unknown) => (parses++, json);
    const [a, b, c] = ['{"x":"aaaa"}', '{"x":"bbbb"}', '{"x":"cccc"}'].map(body);
    parsed(a!, parse);
    parsed(b!, parse);
    parsed(a!, parse);
    parsed(c!, parse);
    expect(parses).toBe(3);
    parsed(a!, parse);
    expect(parses).toBe(3);
    parsed(b!, parse);
    expect(parses).toBe(4);
    const failing = () => {
      throw new Error('not an inventory');
    };
    expect(() => parsed(c!, failing)).toThrow();
    expect(() => parsed(c!, failing)).toThrow();
  });
});
