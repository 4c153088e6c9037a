/**
 * Declared shared: what a Destiny account, inventory or comparison link unfurls as, read through
 * the proxy's own API paths with the browser's own schema and adapters (as destiny-item-summary.ts).
 */

import { readCompareRequest } from '../inventory/compare/compare-params.ts';
import type { Inventory, Item } from '../inventory/model.ts';
import type { DestinyAccount, DestinyCharacter } from '../providers/destiny/adapt-account.ts';
import { destinyApiPaths, PLAYER_PARAM } from '../providers/destiny/paths.ts';
import { parseId, platformName } from '../providers/destiny/platforms.ts';
import { readAccountParams, readCharacterParams } from '../providers/destiny/route-params.ts';
import { destinyPatterns } from '../providers/destiny/route-patterns.ts';
import { parseAccount, parseInventory } from './destiny-answers.ts';
import type { ItemSummary, ReadApi } from './destiny-item-summary.ts';
import { compareSummary } from './compare-summary.ts';
import { matchPattern } from './path-pattern.ts';

const who = (character: DestinyCharacter) =>
  [character.raceName, character.genderName].filter(Boolean).join(' ') || character.className;
const light = (character: DestinyCharacter) => (character.light === null ? '' : ` · Light ${character.light}`);

/** The account, inventory or compare page behind `url`, read with `read`; null for any other URL. */
export async function destinyPageSummary(read: ReadApi, url: URL): Promise<ItemSummary | null> {
  const player = url.searchParams.get(PLAYER_PARAM);
  // `compare` would also read as a character id: the router ranks the static segment first, so does this.
  const compare = matchPattern(destinyPatterns.compare, url.pathname);
  const character = compare ? null : matchPattern(destinyPatterns.character, url.pathname);
  if (character) {
    const { membershipType, membershipId, characterId } = readCharacterParams(character);
    const account = await read(destinyApiPaths.account(membershipType, membershipId), parseAccount);
    const found = account.characters.find((each) => each.characterId === characterId);
    if (!found) return null;
    return {
      title: `${found.className} inventory${player ? ` · ${player}` : ''}`,
      description: `${who(found)} · Level ${found.level}${light(found)} · Destiny, ${platformName(membershipType)}`,
      image: found.emblem,
    };
  }
  const params = compare ?? matchPattern(destinyPatterns.account, url.pathname);
  if (!params) return null;
  const { membershipType, membershipId } = readAccountParams(params);
  const account = await read(destinyApiPaths.account(membershipType, membershipId), parseAccount);
  const owner = player ?? `${platformName(membershipType)} account`;
  if (compare) return accountCompareSummary(read, url, account, owner);
  return {
    title: player ?? 'Destiny account',
    description:
      account.characters.map((each) => `${each.className}${light(each)}`).join(' · ') ||
      'An account with no characters yet',
    image: account.characters[0]?.emblem ?? null,
  };
}

/** Names what a comparison puts side by side, looking in the vault and then each character's inventory. */
async function accountCompareSummary(
  read: ReadApi,
  url: URL,
  account: DestinyAccount,
  owner: string,
): Promise<ItemSummary> {
  const { ids } = readCompareRequest(url.searchParams, (id) => parseId(id) !== null);
  const names = new Map<string, Item>();
  const collect = (inventory: Inventory) => {
    for (const group of inventory.groups)
      for (const bucket of group.buckets)
        for (const item of bucket.items)
          if (item.instanceId && ids.includes(item.instanceId)) names.set(item.instanceId, item);
  };
  if (account.vault) collect(account.vault.inventory);
  const { membershipType, membershipId } = account;
  for (const { characterId } of account.characters) {
    if (ids.every((id) => names.has(id))) break;
    collect(await read(destinyApiPaths.inventory(membershipType, membershipId, characterId), parseInventory));
  }
  const items = ids.flatMap((id) => names.get(id) ?? []);
  return compareSummary(
    items.map((item) => item.name),
    ids.length,
    owner,
    items[0]?.icon ?? null,
  );
}
