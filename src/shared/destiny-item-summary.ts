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
import { parseId } from '../providers/destiny/platforms.ts';
import { readCharacterParams, readItemRef, type DestinyItemRef } from '../providers/destiny/route-params.ts';
import { destinyPatterns } from '../providers/destiny/route-patterns.ts';
import { characterInventorySchema, itemDetailSchema } from '../providers/destiny/schema.ts';
import { matchPattern } from './path-pattern.ts';

/** An item page's path, checked as the page checks it (its own readers), or null. */
function readItemUrl(pathname: string) {
  const params = matchPattern(destinyPatterns.item, pathname);
  if (!params || !parseId(params.itemInstanceId)) return null;
  try {
    return { params, ...readCharacterParams(params) };
  } catch {
    return null;
  }
}

export const isDestinyItemUrl = (pathname: string) => readItemUrl(pathname) !== null;

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
  const itemUrl = readItemUrl(url.pathname);
  if (!itemUrl) return null;
  const { params, membershipType, membershipId, characterId } = itemUrl;
  let ref: DestinyItemRef;
  try {
    ref = readItemRef(params, url.searchParams);
  } catch {
    return null;
  }
  const get = async (path: string) => unwrapEnvelope(await getJson(path));
  let item: Item | null;
  if (ref.kind === 'instance') {
    const raw = await get(destinyApiPaths.item(membershipType, membershipId, characterId, ref.instanceId));
    item = adaptItemDetail(v.parse(itemDetailSchema, raw)).detail.item;
  } else {
    const raw = v.parse(
      characterInventorySchema,
      await get(destinyApiPaths.inventory(membershipType, membershipId, characterId)),
    );
    item = stackDetail(adaptCharacterInventory(raw), ref.itemHash)?.item ?? null;
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
