import { queryOptions } from '@tanstack/react-query';
import { postJson } from '../../http/api-client.ts';
import { adaptCharacterInventory, type Catalogs } from './adapt-inventory.ts';
import { catalogVersionsOf } from './catalog-versions.ts';
import { parseData, unwrapEnvelope } from './envelope.ts';
import { playfabApiPath, type PlayFabCallName } from './paths.ts';
import { fetchParsed } from '../../parsing/fetch-parsed.ts';
import type { ParseTaskHandle } from '../../parsing/parse-task.ts';
import { catalogSchema, charactersSchema, type RawCatalogItem, type RawCharacterInventory } from './schema.ts';

/** Megabytes for a full vault: fetched and validated in a worker (inventory-task.ts), which names the catalogs early. */
const inventoryTask: ParseTaskHandle<RawCharacterInventory, string[]> = {
  startWorker: () =>
    new Worker(new URL('./inventory-parse-worker.ts', import.meta.url), {
      type: 'module',
      name: 'gearview-parse-playfab',
    }),
  loadInPage: () => import('./inventory-task.ts').then((module) => module.inventoryTask),
};

async function call(
  titleId: string,
  name: PlayFabCallName,
  body: Record<string, string>,
  signal: AbortSignal,
): Promise<unknown> {
  const reply = await postJson(playfabApiPath(titleId, name), body, { signal, provider: 'playfab' });
  return unwrapEnvelope(reply.body, reply.retryAfterSeconds);
}

export interface PlayFabCharacter {
  characterId: string;
  name: string;
  type: string;
}

/** Query keys go from generic to specific: title, player, then what of the player. */
export const playfabQueries = {
  characters: (titleId: string, playFabId: string) =>
    queryOptions({
      queryKey: ['playfab', titleId, playFabId, 'characters'] as const,
      queryFn: async ({ signal }): Promise<PlayFabCharacter[]> =>
        parseData(
          charactersSchema,
          await call(titleId, 'GetAllUsersCharacters', { PlayFabId: playFabId }, signal),
          'character list',
        ).Characters.map((character) => ({
          characterId: character.CharacterId,
          name: character.CharacterName || character.CharacterId,
          type: character.CharacterType ?? '',
        })),
      staleTime: 60_000,
    }),

  /** Catalogs change rarely and serve every character of the title: kept for long. */
  catalog: (titleId: string, catalogVersion: string) =>
    queryOptions({
      queryKey: ['playfab', titleId, 'catalog', catalogVersion] as const,
      queryFn: async ({ signal }): Promise<Map<string, RawCatalogItem>> => {
        const { Catalog } = parseData(
          catalogSchema,
          await call(titleId, 'GetCatalogItems', catalogVersion ? { CatalogVersion: catalogVersion } : {}, signal),
          'catalog',
        );
        return new Map(Catalog.map((entry) => [entry.ItemId, entry]));
      },
      staleTime: 10 * 60_000,
    }),

  /** The shared inventory, joined with the catalog of each version it holds, fetched through the catalog queries. */
  inventory: (titleId: string, playFabId: string, characterId: string) =>
    queryOptions({
      queryKey: ['playfab', titleId, playFabId, 'inventory', characterId] as const,
      queryFn: async ({ signal, client }) => {
        const fetchedAt = Date.now();
        // Each version asked for once per load: a catalog that failed early is not asked for again.
        const asked = new Map<string, Promise<Map<string, RawCatalogItem>>>();
        const catalog = (version: string) => {
          let answer = asked.get(version);
          if (!answer) asked.set(version, (answer = client.query(playfabQueries.catalog(titleId, version))));
          return answer;
        };
        // The catalog join stays here, by the cache.
        const raw = await fetchParsed(
          inventoryTask,
          {
            path: playfabApiPath(titleId, 'GetCharacterInventory'),
            body: { PlayFabId: playFabId, CharacterId: characterId },
            provider: 'playfab',
          },
          signal,
          // The catalogs travel while the worker validates; the wait below finds them fetched or on their way.
          (hinted) => hinted.forEach((version) => catalog(version).catch(() => {})),
        );
        const versions = catalogVersionsOf(raw);
        // A catalog that fails leaves its items unjoined (shown by id), not the whole inventory unshown.
        const settled = await Promise.allSettled(versions.map(catalog));
        const catalogs: Catalogs = new Map(
          versions.map((version, index) => {
            const result = settled[index]!;
            return [version, result.status === 'fulfilled' ? result.value : new Map()] as const;
          }),
        );
        return adaptCharacterInventory(raw, catalogs, fetchedAt);
      },
      staleTime: 60_000,
    }),
};
