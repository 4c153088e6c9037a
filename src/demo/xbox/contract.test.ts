/**
 * The demo cannot drift from the client: its users' inventories, item details and scenarios are
 * asked for with the client's own paths and read by its network module, schemas and adapter, as
 * the browser reads them through the proxy.
 */

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { adaptEntitlement, adaptInventoryPage } from '../../providers/xbox/adapt-inventory.ts';
import { inventoryOfPages } from '../../providers/xbox/paged-inventory.ts';
import type { XboxFilters } from '../../providers/xbox/filters.ts';
import { xboxApiPaths } from '../../providers/xbox/paths.ts';
import { inventoryItemSchema, inventoryPageSchema } from '../../providers/xbox/schema.ts';
import { readAsClient, successiveOutcomes } from '../../../test/support/read-as-client.ts';
import { createXboxDemoApp, VAULT_USERHASH } from './app.ts';
import { xboxDemoDirectory } from './scenarios.ts';

const NOW = Date.UTC(2026, 5, 1);
type XboxDemoApp = ReturnType<typeof createXboxDemoApp>;

/** The upstream path the proxy asks for a client's path: the inventory as it is, an item under it. */
const upstreamPath = (apiPath: string) =>
  apiPath.replace(/^\/api\/xbox\/items\//, '/users/me/inventory/').replace(/^\/api\/xbox/, '');

/** As the proxy asks, with its own authorization and contract version. */
async function get<S extends v.GenericSchema>(app: XboxDemoApp, apiPath: string, schema: S, userhash = 'contract') {
  const answer = app.request(upstreamPath(apiPath), {
    headers: { Authorization: `XBL3.0 x=${userhash};token`, 'x-xbl-contract-version': '4' },
  });
  const { body } = await readAsClient(answer, { provider: 'xbox', failOnStatus: true });
  return v.parse(schema, body);
}

const readPage = async (app: XboxDemoApp, filters: XboxFilters, token?: string, userhash?: string) =>
  adaptInventoryPage(await get(app, xboxApiPaths.inventory(filters, token), inventoryPageSchema, userhash));

describe('the Xbox demo, read by the client', () => {
  const app = createXboxDemoApp({ now: NOW, maxRequests: 10_000 });

  it.each<XboxFilters>([
    {},
    { availability: 'All' },
    { availability: 'All', expandSatisfyingEntitlements: 'true' },
    { availability: 'Unavailable', state: 'Expired' },
    { itemType: 'GameV2' },
    { itemType: 'GameContent' },
    { itemType: 'GameConsumable' },
    { itemType: 'Subscription' },
  ])('pages the everyday inventory filtered by %o to its end', async (filters) => {
    const pages = [await readPage(app, filters)];
    for (let token = pages[0]!.continuationToken; token; token = pages.at(-1)!.continuationToken)
      pages.push(await readPage(app, filters, token));
    const inventory = inventoryOfPages(pages);
    expect(inventory.shown).toBeGreaterThan(0);
    expect(inventory.shown).toBe(inventory.total);
  });

  it('reads each item of the first page by the id the item page takes from its url', async () => {
    const listed = (await get(app, xboxApiPaths.inventory({}), inventoryPageSchema)).items ?? [];
    expect(listed.length).toBeGreaterThan(0);
    for (const raw of listed) {
      const entitlement = adaptEntitlement(raw);
      const detail = await get(app, xboxApiPaths.item(entitlement.id), inventoryItemSchema);
      expect(adaptEntitlement(detail)).toEqual(entitlement);
    }
  });

  // The collector's 10,000 entitlements are capped at their first page, so the run stays quick.
  it("reads the first page of the collector's inventory", async () => {
    const page = await readPage(app, {}, undefined, VAULT_USERHASH);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.totalItems).toBeGreaterThan(page.items.length);
    expect(page.continuationToken).not.toBeNull();
  });

  it("classifies the demo's burst limit as the client's throttle", async () => {
    const limited = createXboxDemoApp({ now: NOW, maxRequests: 1 });
    const read = () => readPage(limited, {});
    expect(await successiveOutcomes(2, read)).toEqual(['ok', expect.stringMatching(/^throttled \d+ s$/)]);
  });
});

/**
 * Each scenario's inventory call as the client must see it, successive identical calls in order.
 * The proxy, not the client, answers for the ones whose body is not JSON or never arrives (it
 * refuses or times them out), so they have no client contract.
 */
const contracts: Record<string, string[] | 'answered by the proxy'> = {
  throttled: ['throttled 3 s', 'ok'],
  'truncated-json': ['bad-response'],
  'malformed-json': ['bad-response'],
  timeout: 'answered by the proxy',
  'server-error': 'answered by the proxy',
  html: 'answered by the proxy',
  'dropped-connection': 'answered by the proxy',
};

describe('the Xbox demo scenarios, read by the client', () => {
  const app = createXboxDemoApp({ now: NOW });

  it('has a contract for every scenario the start page offers', () => {
    const offered = xboxDemoDirectory.scenarios.map((scenario) => scenario.id);
    expect(offered.sort()).toEqual(Object.keys(contracts).sort());
  });

  for (const { id, productIds } of xboxDemoDirectory.scenarios) {
    const contract = contracts[id];
    if (contract === undefined || contract === 'answered by the proxy') continue;
    it(`${id}: ${contract.join(', then ')}`, async () => {
      expect(await successiveOutcomes(contract.length, () => readPage(app, { productIds }))).toEqual(contract);
    });
  }
});
