import { describe, expect, it } from 'vitest';
import { createXboxDemoApp } from './app.ts';

const NOW = Date.UTC(2026, 5, 1);
const headers = { Authorization: 'XBL3.0 x=42;token', 'x-xbl-contract-version': '4' };

interface Page {
  pagingInfo: { continuationToken?: string; totalItems: number };
  items: {
    url: string;
    itemType: string;
    productId: string;
    containers: string[];
    state: string;
    endDate: string;
    trial: boolean;
    trialTimeRemaining?: string;
    consumable?: { quantity: number };
  }[];
}

async function get(app: ReturnType<typeof createXboxDemoApp>, path: string, init: Record<string, string> = headers) {
  return app.request(`http://demo.test${path}`, { headers: init });
}

/** Follows continuation tokens to the end, as a client must. */
async function allPages(app: ReturnType<typeof createXboxDemoApp>, query: string) {
  const items: Page['items'] = [];
  let token: string | undefined;
  let total = -1;
  do {
    const response = await get(
      app,
      `/users/me/inventory?${query}${token ? `&continuationToken=${encodeURIComponent(token)}` : ''}`,
    );
    const page = (await response.json()) as Page;
    items.push(...page.items);
    total = page.pagingInfo.totalItems;
    token = page.pagingInfo.continuationToken;
  } while (token);
  return { items, total };
}

describe('the Xbox demo scenarios', () => {
  it('answers a reserved product id with its fault, and throttles every other request', async () => {
    const app = createXboxDemoApp({ now: NOW });
    expect((await get(app, '/users/me/inventory?productIds=demo-fault-server-error')).status).toBe(503);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await get(app, '/users/me/inventory?productIds=demo-fault-throttled')).status);
    expect(statuses).toEqual([429, 200, 429]);
    expect((await get(app, '/users/me/inventory?productIds=demo-fault-throttled')).status).toBe(200);
    expect((await get(app, '/users/me/inventory?productIds=demo-fault-meteor')).status).toBe(200);
  });
});

describe('the Xbox demo upstream', () => {
  const app = createXboxDemoApp({ now: NOW, maxRequests: 10_000 });

  it('pages a few hundred entitlements with continuation tokens, each once, totalItems on every page', async () => {
    const { items, total } = await allPages(app, 'availability=All&maxItems=40');
    expect(total).toBeGreaterThan(250);
    expect(items).toHaveLength(total);
    expect(new Set(items.map((item) => item.url)).size).toBe(total);
    expect(new Set(items.map((item) => item.itemType))).toEqual(
      new Set(['GameV2', 'GameContent', 'GameConsumable', 'Subscription']),
    );
    expect(new Set(items.map((item) => item.state))).toEqual(
      new Set(['Enabled', 'Suspended', 'Expired', 'Canceled', 'Renewed']),
    );
    expect(items.some((item) => item.trial && /^\d\d:\d\d:\d\d$/.test(item.trialTimeRemaining ?? ''))).toBe(true);
    expect(items.some((item) => item.endDate.startsWith('9999-'))).toBe(true);
    expect(items.some((item) => item.consumable && item.consumable.quantity > 1)).toBe(true);
  });

  it('filters by type, state, availability, container and product ids', async () => {
    const all = (await allPages(app, 'availability=All')).items;
    const game = all.find((item) => item.itemType === 'GameV2')!;
    const addOns = (await allPages(app, `availability=All&container=${game.productId}&itemType=GameContent`)).items;
    expect(addOns.length).toBeGreaterThan(0);
    expect(addOns.every((item) => item.itemType === 'GameContent' && item.containers.includes(game.productId))).toBe(
      true,
    );
    expect(
      (await allPages(app, 'availability=All&state=Cancelled')).items.every((item) => item.state === 'Canceled'),
    ).toBe(true);
    const unavailable = (await allPages(app, 'availability=Unavailable')).items;
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unavailable.every((item) => Date.parse(item.endDate) < NOW)).toBe(true);
    const picked = (await allPages(app, `availability=All&productIds=${game.productId},9NOTOWNED000`)).items;
    expect(picked.map((item) => item.productId)).toEqual([game.productId]);
  });

  it('adds satisfying entitlements only when asked, and refuses them with an item type', async () => {
    const plain = (await allPages(app, 'availability=All')).total;
    expect((await allPages(app, 'availability=All&expandSatisfyingEntitlements=true')).total).toBeGreaterThan(plain);
    const refused = await get(app, '/users/me/inventory?itemType=GameV2&expandSatisfyingEntitlements=true');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toBe('');
  });

  it('serves details at each item url and 404 for an unknown one', async () => {
    const [first] = ((await (await get(app, '/users/me/inventory?maxItems=1')).json()) as Page).items;
    const detail = await get(app, new URL(first!.url).pathname);
    expect(await detail.json()).toEqual(first);
    expect((await get(app, '/users/me/inventory/xuid;9NOPE;9NOPE')).status).toBe(404);
  });

  it('answers 401 without an XBL3.0 authorization, 400 without a contract version or with a foreign token', async () => {
    expect((await get(app, '/users/me/inventory', { 'x-xbl-contract-version': '4' })).status).toBe(401);
    expect((await get(app, '/users/me/inventory', { ...headers, Authorization: 'Bearer abc' })).status).toBe(401);
    expect((await get(app, '/users/me/inventory', { Authorization: headers.Authorization })).status).toBe(400);
    expect((await get(app, '/users/me/inventory?continuationToken=bm9wZQ')).status).toBe(400);
  });

  it('throttles with 429, Retry-After and the rate-limit body', async () => {
    const limited = createXboxDemoApp({ now: NOW, maxRequests: 2 });
    await get(limited, '/users/me/inventory');
    await get(limited, '/users/me/inventory');
    const response = await get(limited, '/users/me/inventory');
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({
      maxRequests: 2,
      periodInSeconds: 15,
      type: 'burst',
      limitType: 'Rate',
    });
  });

  it('signs the vault user hash in as a collector with about 10,000 entitlements, details included', async () => {
    const vault = { ...headers, Authorization: 'XBL3.0 x=gearview-vault;token' };
    const page = (await (await get(app, '/users/me/inventory?availability=All&maxItems=100', vault)).json()) as Page;
    expect(page.pagingInfo.totalItems).toBeGreaterThanOrEqual(10_000);
    expect(page.pagingInfo.totalItems).toBeLessThan(11_000);
    expect((await get(app, new URL(page.items[0]!.url).pathname, vault)).status).toBe(200);
    // Everyone else is the everyday demo user, who does not own the vault's items.
    expect((await get(app, new URL(page.items[0]!.url).pathname)).status).toBe(404);
  });
});
