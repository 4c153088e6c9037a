/**
 * Declared shared: the one module the server takes from the browser's code. Given an item URL of
 * the app, it reads the item through the proxy's own API paths and the browser's own schema and
 * adapters, and sums it up for a link preview. Web-standard only, so it runs wherever the proxy does.
 */

import { stackDetail } from '../inventory/inventory-lookup.ts';
import type { Item } from '../inventory/model.ts';
import { destinyApiPaths } from '../providers/destiny/paths.ts';
import { parseId } from '../providers/destiny/platforms.ts';
import { readCharacterParams, readItemRef, type DestinyItemRef } from '../providers/destiny/route-params.ts';
import { destinyPatterns } from '../providers/destiny/route-patterns.ts';
import { parseInventory, parseItemDetail } from './destiny-answers.ts';
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

/**
 * Reads an API path (POSTing `body` when given, as the browser does) and makes a T of its JSON
 * with `parse`. A caller may give back the same T for the same answer (a kept inventory is then
 * parsed once, however many of its items are asked for), so each `parse` is one fixed function of
 * the JSON alone.
 */
export type ReadApi = <T>(apiPath: string, parse: (json: unknown) => T, body?: Record<string, string>) => Promise<T>;

/** The item behind an item URL, read with `read`; null when the URL names none. */
export async function destinyItemSummary(read: ReadApi, url: URL): Promise<ItemSummary | null> {
  const itemUrl = readItemUrl(url.pathname);
  if (!itemUrl) return null;
  const { params, membershipType, membershipId, characterId } = itemUrl;
  let ref: DestinyItemRef;
  try {
    ref = readItemRef(params, url.searchParams);
  } catch {
    return null;
  }
  const item =
    ref.kind === 'instance'
      ? (await read(destinyApiPaths.item(membershipType, membershipId, characterId, ref.instanceId), parseItemDetail))
          .detail.item
      : (stackDetail(
          await read(destinyApiPaths.inventory(membershipType, membershipId, characterId), parseInventory),
          ref.itemHash,
        )?.item ?? null);
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
