/**
 * Declared shared: what a PlayFab player, inventory, item or compare link unfurls as, read through the
 * proxy's own calls (the same bodies as the browser's, so both share the cache) and schemas.
 */

import * as v from 'valibot';
import { AppError } from '../inventory/app-error.ts';
import { unwrapEnvelope } from '../providers/playfab/envelope.ts';
import { playfabApiPath } from '../providers/playfab/paths.ts';
import { readCompareRequest } from '../inventory/compare/compare-params.ts';
import {
  isInstanceId,
  readCharacterParams,
  readItemParams,
  readPlayerParams,
} from '../providers/playfab/route-params.ts';
import { playfabPatterns } from '../providers/playfab/route-patterns.ts';
import { catalogSchema, characterInventorySchema, charactersSchema } from '../providers/playfab/schema.ts';
import type { ItemSummary, ReadApi } from './destiny-item-summary.ts';
import { compareSummary } from './compare-summary.ts';
import { matchPattern } from './path-pattern.ts';

const parseCharacters = (json: unknown) => v.parse(charactersSchema, unwrapEnvelope(json)).Characters;
const parseInventory = (json: unknown) => v.parse(characterInventorySchema, unwrapEnvelope(json)).Inventory;
const parseCatalog = (json: unknown) => v.parse(catalogSchema, unwrapEnvelope(json)).Catalog;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The PlayFab page behind `url`, read with `read`; null for any other URL. */
export async function playfabPageSummary(read: ReadApi, url: URL): Promise<ItemSummary | null> {
  const item = matchPattern(playfabPatterns.item, url.pathname);
  const compare = matchPattern(playfabPatterns.compare, url.pathname);
  const character = item ?? compare ?? matchPattern(playfabPatterns.character, url.pathname);
  const player = character ?? matchPattern(playfabPatterns.player, url.pathname);
  if (!player) return null;
  const { titleId, playFabId } = readPlayerParams(player);
  const characters = await read(playfabApiPath(titleId, 'GetAllUsersCharacters'), parseCharacters, {
    PlayFabId: playFabId,
  });
  if (!character) {
    return {
      title: `PlayFab player ${playFabId}`,
      description: `${plural(characters.length, 'character')}${characters.length ? `: ${characters.map((each) => each.CharacterName || each.CharacterId).join(', ')}` : ''} · title ${titleId}`,
      image: null,
    };
  }
  const { characterId } = readCharacterParams(character);
  const owner = characters.find((each) => each.CharacterId === characterId);
  const name = owner?.CharacterName || characterId;
  const inventory = await read(playfabApiPath(titleId, 'GetCharacterInventory'), parseInventory, {
    PlayFabId: playFabId,
    CharacterId: characterId,
  });
  if (compare) {
    const { ids } = readCompareRequest(url.searchParams, isInstanceId);
    const chosen = ids.flatMap((id) => inventory.find((each) => each.ItemInstanceId === id) ?? []);
    const entries = await catalogEntries(read, titleId, chosen);
    return compareSummary(
      chosen.map((found, i) => entries[i]?.DisplayName || found.DisplayName || found.ItemId),
      ids.length,
      name,
      chosen.length ? sameOriginImage(entries[0]) : null,
    );
  }
  if (!item) {
    return {
      title: `${name} inventory`,
      description: [owner?.CharacterType, plural(inventory.length, 'item'), `PlayFab title ${titleId}`]
        .filter(Boolean)
        .join(' · '),
      image: null,
    };
  }
  const { itemInstanceId } = readItemParams(item);
  const found = inventory.find((each) => each.ItemInstanceId === itemInstanceId);
  if (!found) throw new AppError({ kind: 'not-found', provider: 'playfab', subject: 'item', message: 'No such item.' });
  const [entry] = await catalogEntries(read, titleId, [found]);
  return {
    title: entry?.DisplayName || found.DisplayName || found.ItemId,
    description: [found.ItemClass ?? entry?.ItemClass, entry?.Description, `held by ${name}`]
      .filter(Boolean)
      .join(' · '),
    image: sameOriginImage(entry),
  };
}

type InventoryEntry = ReturnType<typeof parseInventory>[number];
type CatalogEntry = ReturnType<typeof parseCatalog>[number];

/** Each item's catalog entry, from its own catalog version's (each version read once). */
async function catalogEntries(
  read: ReadApi,
  titleId: string,
  items: InventoryEntry[],
): Promise<(CatalogEntry | undefined)[]> {
  const versions = [...new Set(items.map((each) => each.CatalogVersion ?? ''))];
  const catalogs = new Map(
    await Promise.all(
      versions.map(
        async (version) =>
          [
            version,
            await read(
              playfabApiPath(titleId, 'GetCatalogItems'),
              parseCatalog,
              version ? { CatalogVersion: version } : {},
            ),
          ] as const,
      ),
    ),
  );
  return items.map((each) => catalogs.get(each.CatalogVersion ?? '')?.find((entry) => entry.ItemId === each.ItemId));
}

/** Only the proxy's own relayed pictures: a preview's image must be on our public origin. */
const sameOriginImage = (entry: CatalogEntry | undefined) =>
  entry?.ItemImageUrl?.startsWith('/') ? entry.ItemImageUrl : null;
