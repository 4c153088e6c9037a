/**
 * Declared shared: the one module the server takes from the browser's code. Given an item URL of
 * the app, it reads the item through the proxy's own API paths and the browser's own schema and
 * adapters, and sums it up for a link preview. Web-standard only, so it runs wherever the proxy does.
 */

import * as v from 'valibot';
import { stackDetail } from '../inventory/inventory-lookup.ts';
import type { Item } from '../inventory/model.ts';
import { adaptCharacterInventory } from '../providers/destiny/adapt-inventory.ts';
import { adaptItemDetail } from '../providers/destiny/adapt-item-detail.ts';
import { unwrapEnvelope } from '../providers/destiny/envelope.ts';
import { destinyApiPaths } from '../providers/destiny/paths.ts';
import { characterInventorySchema, itemDetailSchema } from '../providers/destiny/schema.ts';

/** The app's item URLs: `/destiny/:membershipType/:membershipId/:characterId/items/:itemInstanceId`. */
const ITEM_URL = /^\/destiny\/([12])\/(\d{1,20})\/(\d{1,20})\/items\/(\d{1,20})\/?$/;
const HASH = /^\d{1,20}$/;

export const isDestinyItemUrl = (pathname: string) => ITEM_URL.test(pathname);

export interface ItemSummary {
  title: string;
  /** Tier and type, headline stat and element, as one line. */
  description: string;
  /** A same-origin path, or null. */
  image: string | null;
}

/** The item behind an item URL, read with `getJson(apiPath)`; null when the URL names none. */
export async function destinyItemSummary(
  getJson: (apiPath: string) => Promise<unknown>,
  url: URL,
): Promise<ItemSummary | null> {
  const match = ITEM_URL.exec(url.pathname);
  if (!match) return null;
  const [, type, membershipId, characterId, itemId] = match as unknown as [string, string, string, string, string];
  const get = async (path: string) => unwrapEnvelope(await getJson(path));
  let item: Item | null;
  if (itemId !== '0') {
    item = adaptItemDetail(
      v.parse(itemDetailSchema, await get(destinyApiPaths.item(Number(type), membershipId, characterId, itemId))),
    ).detail.item;
  } else {
    const hash = url.searchParams.get('hash');
    if (!hash || !HASH.test(hash)) return null;
    const raw = v.parse(
      characterInventorySchema,
      await get(destinyApiPaths.inventory(Number(type), membershipId, characterId)),
    );
    item = stackDetail(adaptCharacterInventory(raw), hash)?.item ?? null;
  }
  return item && summarise(item);
}

function summarise(item: Item): ItemSummary {
  const kind = [item.tierName, item.typeName].filter(Boolean).join(' ');
  const power = item.primaryStat ? `${item.primaryStat.value} ${item.primaryStat.name}` : '';
  return {
    title: item.name,
    description: [kind, power, item.damageType?.name].filter(Boolean).join(' · '),
    image: item.icon,
  };
}
