import { describe, expect, it } from 'vitest';
import { createBungieDemoApp } from '../demo/bungie/app.ts';
import { firstScreenOf } from '../first-screen/render-first-screen.tsx';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { createLinkPreview } from './link-preview.ts';
import { noteServedBody } from './served-body.ts';
import { namedItemDetail } from '../../test/support/named-item-detail.ts';

const INDEX = '<!doctype html><html><head><title>Gearview</title></head><body><div id="root"></div></body></html>';
const ORIGIN = 'http://gearview.test';
const ACCOUNT = '/destiny/2/4611686018467284913';
const INVENTORY = `${ACCOUNT}/2305843009301840156`;
const ACCOUNT_API = '/api/bungie/Platform/Destiny/2/Account/4611686018467284913';
const INVENTORY_API = `${ACCOUNT_API}/Character/2305843009301840156/Inventory/`;
/** What the inventory's page reads, as the browser asks for it. */
const INVENTORY_READS = [`${ACCOUNT_API}/?definitions=true`, `${INVENTORY_API}?definitions=true`];

type Api = Parameters<typeof createLinkPreview>[0]['api'];

/**
 * The real proxy in front of the Bungie demo, reached without sockets, counting the calls that
 * reach the demo; `hold` keeps matching calls unanswered.
 */
function demoApi(hold?: (path: string) => boolean) {
  const demo = createBungieDemoApp();
  let upstreamCalls = 0;
  const app = createApp({
    config: readConfig({ BUNGIE_API_KEY: 'first-screen-test', BUNGIE_ORIGIN: 'http://demo.test' }),
    fetch: async (input, init) => (upstreamCalls++, demo.fetch(new Request(input, init))),
  });
  const api: Api = (request) =>
    hold?.(new URL(request.url).pathname) ? new Promise<Response>(() => {}) : app.fetch(request);
  return Object.assign(api, { upstreamCalls: () => upstreamCalls });
}

/** The proxy's cache warmed as a visit to the page warms it: its own calls, answered and kept. */
async function warmed<A extends Api>(api: A, paths = INVENTORY_READS): Promise<A> {
  await Promise.all(paths.map(async (path) => (await api(new Request(`${ORIGIN}${path}`))).arrayBuffer()));
  return api;
}

async function page(api: Api, path: string, waitMs?: number) {
  return pageOf(createLinkPreview({ api, indexHtml: INDEX, firstScreen: firstScreenOf, waitMs }), path);
}

async function pageOf(preview: ReturnType<typeof createLinkPreview>, path: string) {
  const response = (await preview(new Request(`${ORIGIN}${path}`)))!;
  return { status: response.status, html: await response.text() };
}

/** The first screen's markup, or null when the page went without one. */
const firstScreenIn = (html: string) =>
  /<div id="first-screen">([\s\S]*)<\/div><div id="root"><\/div>/.exec(html)?.[1] ?? null;

const headings = (markup: string) => [...markup.matchAll(/<h1[^>]*>([^<]*)<\/h1>/g)].map((match) => match[1]);

describe("a deep link's first screen, rendered on the server", () => {
  it("puts an inventory's heading and tiles, as the app renders them, ahead of the app's root", async () => {
    const { status, html } = await page(await warmed(demoApi()), INVENTORY);
    expect(status).toBe(200);
    const markup = firstScreenIn(html)!;
    expect(headings(markup)).toEqual(['Titan inventory']);
    // Tiles are links to each item's page, named by the item; buckets are sections named by their headings.
    const tiles = [
      ...markup.matchAll(/<a href="([^"]+)" data-tile="" data-key="[^"]*" tabindex="-1" aria-label="([^"]+)"/g),
    ];
    expect(tiles.length).toBeGreaterThan(20);
    // What fills a first screen, the first group of buckets: the rest comes with the app.
    expect([...markup.matchAll(/<h2 class="[^"]*border-b[^"]*">([^<]*)<\/h2>/g)].map((match) => match[1])).toEqual([
      'Weapons',
    ]);
    for (const [, href] of tiles) expect(href).toMatch(new RegExp(`^${INVENTORY}/items/\\d+(\\?hash=\\d+)?$`));
    // (Matched as booleans: a failure would otherwise print all 190 tiles.)
    expect(
      /<section aria-labelledby="([^"]+)"[^>]*><header[^>]*><h3 id="\1"[^>]*>Primary Weapons<\/h3>/.test(markup),
    ).toBe(true);
    expect(markup.startsWith('<div class="flex min-h-screen flex-col')).toBe(true);
    expect(markup.includes('<a href="#main"')).toBe(true);
    // Nothing the CSP would refuse, and nothing React preloads ahead of the markup.
    expect(/<script|\sstyle="|<link/.test(markup)).toBe(false);
    // Pictures wait for the first frame's layout.
    const pictures = markup.match(/<img [^>]*>/g)!;
    expect(pictures.length).toBeGreaterThan(20);
    expect(pictures.filter((tag) => !tag.startsWith('<img loading="lazy" '))).toEqual([]);
  });

  it("sends the app's code after the first screen is drawn, and a page without one its code as usual", async () => {
    const index = INDEX.replace(
      '</head>',
      '<script type="module" crossorigin src="/assets/index-1.js"></script>\n' +
        '<link rel="modulepreload" crossorigin href="/assets/route-1.js">\n</head>',
    );
    const api = await warmed(demoApi());
    const preview = (firstScreen?: typeof firstScreenOf) => createLinkPreview({ api, indexHtml: index, firstScreen });
    const { html } = await pageOf(preview(firstScreenOf), INVENTORY);
    expect(firstScreenIn(html)).not.toBeNull();
    expect(html).not.toMatch(/type="module"|modulepreload/);
    expect(html).toContain(
      '<script defer src="/first-screen-boot.js" data-entry="/assets/index-1.js" data-preload="/assets/route-1.js"></script>',
    );
    const plain = (await pageOf(preview(), INVENTORY)).html;
    expect(plain).toContain('<script type="module" crossorigin src="/assets/index-1.js"></script>');
    expect(plain).not.toContain('first-screen-boot');
  });

  it("gives an instanced item's page its name as the heading", async () => {
    const api = demoApi();
    const inventory = await (await api(new Request(`${ORIGIN}${INVENTORY_API}?definitions=true`))).json();
    const weapon = inventory.Response.data.buckets.Equippable[1].items[0];
    const name = inventory.Response.definitions.items[weapon.itemHash].itemName as string;
    await warmed(api, [`${INVENTORY_API}${weapon.itemInstanceId}/?definitions=true`]);
    const markup = firstScreenIn((await page(api, `${INVENTORY}/items/${weapon.itemInstanceId}`)).html)!;
    expect(headings(markup)).toEqual([name]);
    expect(markup).toContain(`href="${INVENTORY}"`);
    // Its stat bars and talent grid, which the app sizes by style, are marked for the first screen to hide.
    expect(markup).not.toContain(' style="');
    expect(markup.match(/ data-unstyled=""/g)?.length).toBeGreaterThan(10);
  });

  it('escapes what the provider names, as React escapes any text', async () => {
    const name = `<img src=x onerror="alert(1)">&amp; ' $&`;
    const detail = namedItemDetail(name);
    const api: Api = (request) => {
      const config = { providers: { bungie: { mode: 'live' }, playfab: { mode: 'live' }, xbox: { mode: 'live' } } };
      if (new URL(request.url).pathname === '/api/config') return Response.json(config);
      const bytes = new TextEncoder().encode(JSON.stringify(detail));
      noteServedBody(request, { status: 200, bytes });
      return new Response(bytes, { headers: { 'Content-Type': 'application/json' } });
    };
    const markup = firstScreenIn((await page(api, `${INVENTORY}/items/6917529000000000001`)).html)!;
    expect(headings(markup)).toEqual(['&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp; &#x27; $&amp;']);
    expect(markup).not.toContain('<img src=x');
  });

  it('goes without one, keeping its tags, when the proxy does not keep an answer it needs: it calls no one itself', async () => {
    const api = demoApi();
    const { html } = await page(api, INVENTORY);
    expect(firstScreenIn(html)).toBeNull();
    expect(html).toContain('<meta property="og:title" content="Titan inventory" />');
    expect(html).toContain('<div id="root"></div>');
    // The tags' own read of the account, and nothing for the first screen.
    expect(api.upstreamCalls()).toBe(1);
    expect(firstScreenIn((await page(api, INVENTORY)).html)).toBeNull();
    expect(api.upstreamCalls()).toBe(1);
  });

  it('goes without one past the server-wide rate of first screens, keeping its tags', async () => {
    const api = await warmed(demoApi());
    const preview = createLinkPreview({ api, indexHtml: INDEX, firstScreen: firstScreenOf, firstScreensPerSecond: 1 });
    // Two at once (within the previews' own limit of two), with one first screen a second to give.
    const pages = await Promise.all([pageOf(preview, INVENTORY), pageOf(preview, INVENTORY)]);
    expect(pages.map(({ html }) => firstScreenIn(html) !== null)).toEqual([true, false]);
    expect(pages[1]!.html).toContain('<meta property="og:title" content="Titan inventory" />');
  });

  it('goes without one when an answer is not read within the wait', async () => {
    const api = await warmed(demoApi((path) => path === '/api/config'));
    const { html } = await page(api, INVENTORY, 100);
    expect(firstScreenIn(html)).toBeNull();
    expect(html).toContain('<meta property="og:title" content="Titan inventory" />');
  });

  it('goes without one when its read fails, and for pages that have none', async () => {
    const configDown: Api = async (request) =>
      new URL(request.url).pathname === '/api/config' ? new Response('{}', { status: 500 }) : api(request);
    const api = await warmed(demoApi());
    expect(firstScreenIn((await page(configDown, INVENTORY)).html)).toBeNull();
    const pages = [
      ACCOUNT,
      `${INVENTORY}?view=organizer`,
      // A search's counts and matches cover every bucket, not the first group alone.
      `${INVENTORY}?q=is:armor`,
      `${INVENTORY}?q=ace&hide=1`,
      `${INVENTORY}/items/0?hash=1`,
      `${ACCOUNT}/compare?ids=1`,
    ];
    for (const path of [...pages, `${ACCOUNT}/x1`]) {
      expect(firstScreenIn((await page(api, path)).html), path).toBeNull();
    }
  });
});
