/**
 * The demo cannot drift from the client: every demo account and scenario is read by the client's
 * own network module, envelope, schemas and adapters, as the browser reads it through the proxy.
 */

import { describe, expect, it } from 'vitest';
import type { Item } from '../../inventory/model.ts';
import { adaptAccount } from '../../providers/destiny/adapt-account.ts';
import { adaptCharacterInventory } from '../../providers/destiny/adapt-inventory.ts';
import { adaptItemDetail } from '../../providers/destiny/adapt-item-detail.ts';
import { hasPlaceholderName } from '../../providers/destiny/built-in-definitions.ts';
import { parseResponse, unwrapEnvelope } from '../../providers/destiny/envelope.ts';
import {
  accountSchema,
  characterInventorySchema,
  itemDetailSchema,
  playerSearchSchema,
} from '../../providers/destiny/schema.ts';
import { describeContract, outcomeOf, readAsClient, successiveOutcomes } from '../../../test/support/read-as-client.ts';
import { createBungieDemoApp } from './app.ts';
import { bungieDemoDirectory, type DemoAccount } from './directory.ts';
import { missingCharacterId, type ScenarioId } from './roster.ts';
import { accountPath, apiKey, demoCharacters, inventoryPath, itemPath } from './test-support.ts';

const app = createBungieDemoApp({ slowMs: 0 });

async function response(path: string): Promise<unknown> {
  const { body } = await readAsClient(app.request(path, { headers: apiKey }), { provider: 'destiny' });
  return unwrapEnvelope(body);
}

// The client asks with definitions=true; the demo's answers without them must read too.
const readAccount = async (account: Pick<DemoAccount, 'membershipType' | 'membershipId'>, definitions = true) =>
  adaptAccount(
    parseResponse(accountSchema, await response(`${accountPath(account)}?definitions=${definitions}`), 'account'),
  );
const readInventory = async (account: DemoAccount, characterId: string, definitions = true) =>
  adaptCharacterInventory(
    parseResponse(
      characterInventorySchema,
      await response(inventoryPath(account, characterId, definitions)),
      'character inventory',
    ),
  );
const readItem = async (account: DemoAccount, characterId: string, itemInstanceId: string) =>
  adaptItemDetail(
    parseResponse(
      itemDetailSchema,
      await response(itemPath(account, characterId, itemInstanceId, true)),
      'item details',
    ),
  );

const itemsOf = (inventory: { groups: { buckets: { items: Item[] }[] }[] }) =>
  inventory.groups.flatMap((group) => group.buckets.flatMap((bucket) => bucket.items));

describe('the Bungie demo, read by the client', () => {
  // The big vault's inventories are left to their own tests: 10,000 items per character would slow every run.
  const everyday = bungieDemoDirectory.accounts.filter((account) => !account.inventorySize);

  it.each(bungieDemoDirectory.accounts)(
    'finds $displayName by name, and reads the account with and without definitions',
    async (account) => {
      const found = parseResponse(
        playerSearchSchema,
        await response(`/Platform/Destiny/SearchDestinyPlayer/${account.membershipType}/${account.displayName}/`),
        'player search',
      );
      expect(found.map((player) => player.membershipId)).toEqual([account.membershipId]);
      for (const definitions of [true, false]) {
        const read = await readAccount(account, definitions);
        expect(read.characters.map((character) => character.characterId)).toEqual(
          account.characters.map((character) => character.characterId),
        );
        expect(read.characters.every((character) => character.className && character.raceName)).toBe(true);
      }
    },
  );

  it.each(demoCharacters)(
    "reads $account.displayName's $className: inventory with and without definitions, and each bucket's first item",
    async ({ account, characterId }) => {
      const inventory = await readInventory(account, characterId);
      const items = itemsOf(inventory);
      expect(items.length).toBeGreaterThan(0);
      expect(items.filter(hasPlaceholderName)).toEqual([]);
      expect(inventory.currencies.length).toBeGreaterThan(0);
      expect(itemsOf(await readInventory(account, characterId, false))).toHaveLength(items.length);

      const firsts = inventory.groups.flatMap((group) =>
        group.buckets.map((bucket) => bucket.items.find((item) => item.instanceId && item.instanceId !== '0')),
      );
      for (const item of firsts.filter((first) => first !== undefined)) {
        const detail = await readItem(account, characterId, item.instanceId!);
        expect(detail.definitionMissing).toBe(false);
        expect(detail.detail.item.name).toBe(item.name);
      }
    },
  );

  it("classifies the demo's own refusals as the client's errors", async () => {
    const [account] = everyday;
    const characterId = account!.characters[0]!.characterId;
    const keyed = createBungieDemoApp({ apiKeys: ['the-right-key'] });
    const read = (answer: Promise<Response> | Response) =>
      outcomeOf(readAsClient(answer, { provider: 'destiny' }).then(({ body }) => unwrapEnvelope(body)));

    expect(await read(app.request(accountPath(account!)))).toBe('auth');
    expect(await read(keyed.request(accountPath(account!), { headers: { 'X-API-Key': 'a-wrong-key' } }))).toBe('auth');
    expect(await read(app.request('/Platform/Destiny/2/Account/not-a-number/', { headers: apiKey }))).toBe(
      'bad-request',
    );
    expect(await outcomeOf(readInventory(account!, missingCharacterId))).toBe('not-found character');
    expect(await outcomeOf(readItem(account!, characterId, '6917529999999999999'))).toBe('not-found item');
  });
});

/** What the client makes of successive identical calls: 'ok', or the class of its error. */
type ScenarioContract = {
  account: string[];
  /** For scenarios that name a character. */
  inventory?: string[];
};

/**
 * Each scenario as the client must see it. The proxy, not the client, answers for the ones whose
 * body is not JSON or never arrives (it refuses or times them out), so they have no client contract.
 */
const contracts: Record<ScenarioId, ScenarioContract | 'answered by the proxy'> = {
  'account-not-found': { account: ['not-found account'] },
  'character-not-found': { account: ['ok'], inventory: ['not-found character'] },
  maintenance: { account: ['maintenance'], inventory: ['maintenance'] },
  'maintenance-1618': { account: ['maintenance'], inventory: ['maintenance'] },
  throttled: { account: ['throttled 3 s', 'ok'], inventory: ['throttled 3 s', 'ok'] },
  'throttled-31': { account: ['throttled 3 s', 'ok'], inventory: ['throttled 3 s', 'ok'] },
  private: { account: ['ok'], inventory: ['private'] },
  slow: { account: ['ok'], inventory: ['ok'] },
  'no-definitions': { account: ['ok'], inventory: ['ok'] },
  'truncated-json': { account: ['bad-response'], inventory: ['bad-response'] },
  'malformed-json': { account: ['bad-response'], inventory: ['bad-response'] },
  'html-outage': 'answered by the proxy',
  'server-error': 'answered by the proxy',
  'dropped-connection': 'answered by the proxy',
};

describe('the Bungie demo scenarios, read by the client', () => {
  const readByTheClient = bungieDemoDirectory.scenarios.flatMap((scenario) => {
    const contract = contracts[scenario.id];
    return contract === 'answered by the proxy'
      ? []
      : [{ ...scenario, ...contract, expected: describeContract(contract) }];
  });

  it('has a contract for every scenario the start page offers', () => {
    const offered = bungieDemoDirectory.scenarios.map((scenario) => scenario.id);
    expect(offered.sort()).toEqual(Object.keys(contracts).sort());
  });

  for (const { id, expected, account, inventory, membershipType, membershipId, characterId } of readByTheClient) {
    it(`${id}: ${expected}`, async () => {
      const target = { membershipType, membershipId, displayName: '', characters: [] };
      expect(await successiveOutcomes(account.length, () => readAccount(target))).toEqual(account);
      expect(characterId === undefined).toBe(inventory === undefined);
      if (!inventory || !characterId) return;
      expect(await successiveOutcomes(inventory.length, () => readInventory(target, characterId))).toEqual(inventory);
    });
  }
});
