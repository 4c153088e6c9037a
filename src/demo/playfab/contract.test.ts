/**
 * The demo cannot drift from the client: every demo player, character and scenario is read by the
 * client's own network module, envelope, schemas and adapter, as the browser reads it through the proxy.
 */

import { describe, expect, it } from 'vitest';
import { adaptCharacterInventory, type Catalogs } from '../../providers/playfab/adapt-inventory.ts';
import { catalogVersionsOf } from '../../providers/playfab/catalog-versions.ts';
import { parseData, unwrapEnvelope } from '../../providers/playfab/envelope.ts';
import { catalogSchema, characterInventorySchema, charactersSchema } from '../../providers/playfab/schema.ts';
import { describeContract, readAsClient, successiveOutcomes } from '../../../test/support/read-as-client.ts';
import { createPlayFabDemoApp } from './app.ts';
import { playfabDemoDirectory } from './directory.ts';
import type { PlayFabScenarioId } from './roster.ts';

const NOW = Date.parse('2026-01-10T12:00:00Z');
const app = createPlayFabDemoApp({ now: () => NOW });
const { titleId } = playfabDemoDirectory;

async function call(name: string, body: Record<string, string>): Promise<unknown> {
  const answer = app.request(`/${titleId}/Server/${name}`, {
    method: 'POST',
    headers: { 'X-SecretKey': 'contract', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const reply = await readAsClient(answer, { provider: 'playfab' });
  return unwrapEnvelope(reply.body, reply.retryAfterSeconds);
}

const readCharacters = async (playFabId: string) =>
  parseData(charactersSchema, await call('GetAllUsersCharacters', { PlayFabId: playFabId }), 'character list');

const readRawInventory = async (playFabId: string, characterId: string) =>
  parseData(
    characterInventorySchema,
    await call('GetCharacterInventory', { PlayFabId: playFabId, CharacterId: characterId }),
    'character inventory',
  );

/** The inventory joined with each catalog it names, each asked for as the client asks (no version: the primary). */
async function readInventory(playFabId: string, characterId: string) {
  const raw = await readRawInventory(playFabId, characterId);
  const catalogs: Catalogs = new Map();
  for (const version of catalogVersionsOf(raw)) {
    const { Catalog } = parseData(
      catalogSchema,
      await call('GetCatalogItems', version ? { CatalogVersion: version } : {}),
      'catalog',
    );
    catalogs.set(version, new Map(Catalog.map((entry) => [entry.ItemId, entry])));
  }
  return adaptCharacterInventory(raw, catalogs, NOW);
}

describe('the PlayFab demo, read by the client', () => {
  it.each(playfabDemoDirectory.players)("lists $displayName's characters", async (player) => {
    const { Characters } = await readCharacters(player.playFabId);
    expect(Characters.map((character) => character.CharacterId)).toEqual(
      player.characters.map((character) => character.characterId),
    );
  });

  // The big-vault character is left to its own tests: 10,000 items would slow every run.
  const characters = playfabDemoDirectory.players.flatMap((player) =>
    player.characters
      .filter((character) => !character.inventorySize)
      .map((character) => ({ player: player.displayName, playFabId: player.playFabId, ...character })),
  );

  it.each(characters)("reads $player's $name with the catalogs it names", async ({ playFabId, characterId }) => {
    const inventory = await readInventory(playFabId, characterId);
    expect(inventory.instances.length).toBeGreaterThan(0);
    expect(inventory.currencies.length).toBeGreaterThan(0);
    // One loadout keeps an item whose catalog entry was removed on purpose; every other item finds its entry.
    expect(inventory.instances.filter((instance) => instance.orphaned).length).toBeLessThanOrEqual(1);
  });
});

/** What the client makes of successive identical calls: 'ok', or the class of its error. */
type ScenarioContract = {
  characters: string[];
  /** For scenarios that name a character. */
  inventory?: string[];
};

/**
 * Each scenario as the client must see it. The proxy, not the client, answers for the ones whose
 * body is not JSON or never arrives (it refuses or times them out), so they have no client contract.
 */
const contracts: Record<PlayFabScenarioId, ScenarioContract | 'answered by the proxy'> = {
  'player-not-found': { characters: ['not-found player'] },
  'character-not-found': { characters: ['ok'], inventory: ['not-found character'] },
  'invalid-params': { characters: ['ok'], inventory: ['bad-request'] },
  throttled: { characters: ['throttled 3 s', 'ok'], inventory: ['throttled 3 s', 'ok'] },
  unavailable: { characters: ['upstream'], inventory: ['upstream'] },
  'truncated-json': { characters: ['bad-response'], inventory: ['bad-response'] },
  'malformed-json': { characters: ['bad-response'], inventory: ['bad-response'] },
  timeout: 'answered by the proxy',
  'server-error': 'answered by the proxy',
  html: 'answered by the proxy',
  'dropped-connection': 'answered by the proxy',
};

describe('the PlayFab demo scenarios, read by the client', () => {
  it('has a contract for every scenario the start page offers', () => {
    const offered = playfabDemoDirectory.scenarios.map((scenario) => scenario.id);
    expect(offered.sort()).toEqual(Object.keys(contracts).sort());
  });

  for (const scenario of playfabDemoDirectory.scenarios) {
    const contract = contracts[scenario.id];
    if (contract === 'answered by the proxy') continue;
    const characterId = 'characterId' in scenario ? scenario.characterId : undefined;
    it(`${scenario.id}: ${describeContract(contract)}`, async () => {
      const { characters, inventory } = contract;
      expect(await successiveOutcomes(characters.length, () => readCharacters(scenario.playFabId))).toEqual(characters);
      expect(characterId === undefined).toBe(inventory === undefined);
      if (!inventory || !characterId) return;
      expect(
        await successiveOutcomes(inventory.length, () => readRawInventory(scenario.playFabId, characterId)),
      ).toEqual(inventory);
    });
  }
});
