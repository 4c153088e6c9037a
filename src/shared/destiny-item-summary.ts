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
import { parseId, parseMembershipType } from '../providers/destiny/platforms.ts';
import { destinyPatterns } from '../providers/destiny/route-patterns.ts';
import { characterInventorySchema, itemDetailSchema } from '../providers/destiny/schema.ts';
import { matchPattern } from './path-pattern.ts';

interface ItemUrl {
  membershipType: number;
  membershipId: string;
  characterId: string;
  itemId: string;
}

/** The parts of an item page's path, checked as the page checks them, or null. */
function readItemUrl(pathname: string): ItemUrl | null {
  const params = matchPattern(destinyPatterns.item, pathname);
  if (!params) return null;
  const membershipType = parseMembershipType(params.membershipType);
  const membershipId = parseId(params.membershipId);
  const characterId = parseId(params.characterId);
  const itemId = parseId(params.itemInstanceId);
  if (!membershipType || !membershipId || !characterId || !itemId) return null;
  return { membershipType, membershipId, characterId, itemId };
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
  const { membershipType, membershipId, characterId, itemId } = itemUrl;
  const get = async (path: string) => unwrapEnvelope(await getJson(path));
  let item: Item | null;
  if (itemId !== '0') {
    item = adaptItemDetail(
      v.parse(itemDetailSchema, await get(destinyApiPaths.item(membershipType, membershipId, characterId, itemId))),
    ).detail.item;
  } else {
    const hash = parseId(url.searchParams.get('hash') ?? undefined);
    if (!hash) return null;
    const raw = v.parse(
      characterInventorySchema,
      await get(destinyApiPaths.inventory(membershipType, membershipId, characterId)),
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
