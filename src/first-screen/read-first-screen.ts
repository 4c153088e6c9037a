import type { QueryKey } from '@tanstack/react-query';
import { appConfigQuery, readAppConfig } from '../app-config.ts';
import type { Inventory } from '../inventory/model.ts';
import { readInventoryView } from '../inventory/organizer/use-organizer-params.ts';
import { destinyApiPaths } from '../providers/destiny/paths.ts';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { readCharacterParams, readItemRef } from '../providers/destiny/route-params.ts';
import { destinyPatterns } from '../providers/destiny/route-patterns.ts';
import { appPageOf } from '../shared/app-routes.ts';
import { parseAccount, parseInventory, parseItemDetail } from '../shared/destiny-answers.ts';
import type { ReadApi } from '../shared/destiny-item-summary.ts';
import { matchPattern } from '../shared/path-pattern.ts';

/** One query's answer, under the key the page's own query reads it by. */
export interface SeededQuery {
  queryKey: QueryKey;
  data: unknown;
}

const seed = (query: { queryKey: QueryKey }, data: unknown): SeededQuery => ({ queryKey: query.queryKey, data });

/**
 * An inventory's first group of buckets (weapons, for a Destiny character): what fills a first
 * screen. The rest comes with the app, below the fold; a page of every tile would be several times
 * the HTML to send, parse and lay out before the first one is painted.
 */
const firstGroupOf = (inventory: Inventory): Inventory => ({ ...inventory, groups: inventory.groups.slice(0, 1) });

/**
 * Whether the inventory at these parameters shows its first group as that group alone would: not
 * the organizer (its rows are sorted across every bucket), nor a search (its counts are of every
 * item, and its matches may all be further down).
 */
const showsFirstGroupAsIs = (params: URLSearchParams) =>
  readInventoryView(params) === 'grid' && !params.get('q')?.trim() && !params.has('hide');

/**
 * What the page behind `url` shows first, read with `read` (the server's in-process API, its
 * answers parsed once): the answers its own queries would bring, or null for a page that gets no
 * first screen. Only a Destiny character's inventory (as a grid, unsearched) and an instanced
 * item's page, the pages a shared link opens most: each shows its heading and content from one or
 * two answers.
 */
export async function readFirstScreen(read: ReadApi, url: URL): Promise<SeededQuery[] | null> {
  const page = appPageOf(url.pathname);
  if (page?.pattern !== destinyPatterns.character && page?.pattern !== destinyPatterns.item) return null;
  const params = matchPattern(page.pattern, url.pathname)!;
  // A link the page would refuse (a malformed id) gets no first screen: the page says what is wrong.
  let character;
  let ref;
  try {
    character = readCharacterParams(params);
    ref = page.pattern === destinyPatterns.item ? readItemRef(params, url.searchParams) : null;
  } catch {
    return null;
  }
  const { membershipType, membershipId, characterId } = character;
  if (!ref && !showsFirstGroupAsIs(url.searchParams)) return null;
  const config = () => read('/api/config', readAppConfig);
  if (!ref) {
    const [answer, account, inventory] = await Promise.all([
      config(),
      read(destinyApiPaths.account(membershipType, membershipId), parseAccount),
      read(destinyApiPaths.inventory(membershipType, membershipId, characterId), parseInventory),
    ]);
    return [
      seed(appConfigQuery, answer),
      seed(destinyQueries.account(membershipType, membershipId), account),
      seed(destinyQueries.inventory(membershipType, membershipId, characterId), firstGroupOf(inventory)),
    ];
  }
  // A stack's page is read from the whole inventory; an instance's, like its page, from its own call.
  if (ref.kind !== 'instance') return null;
  const [answer, detail] = await Promise.all([
    config(),
    read(destinyApiPaths.item(membershipType, membershipId, characterId, ref.instanceId), parseItemDetail),
  ]);
  return [
    seed(appConfigQuery, answer),
    seed(destinyQueries.item(membershipType, membershipId, characterId, ref.instanceId), detail),
  ];
}
