/** The `Response` payload of each call, built from the generated world. */

import { bucketInfo, categoryName, categoryOrder, type BucketCategoryName } from './buckets.ts';
import { characterEntry, characterStats } from './characters.ts';
import { catalogItem } from './catalog.ts';
import { accountBucketCurrencies } from './currencies.ts';
import { definitionsBlock, type DefinitionRefs } from './definitions.ts';
import { platformIcons } from './icon-assets.ts';
import { itemDetailData } from './item-detail.ts';
import { instanceJson, type ItemInstance } from './item-instance.ts';
import { rollStack, type BucketContents } from './inventory.ts';
import { Progression } from './progressions.ts';
import { roster, type RosterAccount, type RosterCharacter } from './roster.ts';
import { Stat } from './stats.ts';
import type { DemoWorld } from './world.ts';

/** Exact, case-insensitive display-name match; membershipType -1 searches every platform. */
export function searchResponse(membershipType: number, displayName: string) {
  const wanted = displayName.toLowerCase();
  return roster
    .filter(
      (account) =>
        (membershipType === -1 || account.membershipType === membershipType) &&
        account.displayName.toLowerCase() === wanted,
    )
    .map((account) => ({
      iconPath: platformIcons[account.membershipType].path,
      membershipType: account.membershipType,
      membershipId: account.membershipId,
      displayName: account.displayName,
    }));
}

const withDefinitions = <T extends object>(data: T, refs: DefinitionRefs | undefined) =>
  refs ? { data, definitions: definitionsBlock(refs) } : { data };

function groupBuckets(buckets: { bucketHash: number; items: unknown[] }[]) {
  const groups = Object.fromEntries(categoryOrder.map((name) => [name, [] as unknown[]])) as Record<
    BucketCategoryName,
    unknown[]
  >;
  for (const bucket of buckets) groups[categoryName(bucketInfo(bucket.bucketHash).category)].push(bucket);
  return groups;
}

const bucketJson = (bucket: BucketContents) => ({
  items: bucket.items.map(instanceJson),
  bucketHash: bucket.bucketHash,
});

export function accountResponse(world: DemoWorld, account: RosterAccount, definitions: boolean) {
  const grimoireScore = world.grimoireScore(account);
  const wallet = world.wallet(account);
  const currencyBuckets = accountBucketCurrencies.map((bucketHash) => ({
    items: wallet
      .filter(({ currency }) => currency.item.bucketHash === bucketHash)
      .map(({ currency, value }) => instanceJson(rollStack(currency.item, value, 0))),
    bucketHash,
  }));
  const emblems = account.characters.flatMap((character) =>
    world.inventory(character).equipped.filter((instance) => instance.item.kind === 'emblem'),
  );
  const vault = world.vault(account).buckets;
  const data = {
    membershipId: account.membershipId,
    membershipType: account.membershipType,
    characters: account.characters.map((character) =>
      characterEntry(world.seed, account, character, world.inventory(character), grimoireScore),
    ),
    ...(account.clan ? { clanName: account.clan.name, clanTag: account.clan.tag } : {}),
    inventory: {
      buckets: { Invisible: [], Item: vault.map(bucketJson), Currency: currencyBuckets },
      currencies: wallet.map(({ currency, value }) => ({ itemHash: currency.item.hash, value })),
    },
    grimoireScore,
  };
  return withDefinitions(
    data,
    definitions
      ? {
          items: [
            ...emblems.map((instance) => instance.item),
            ...vault.flatMap((bucket) => bucket.items.map((instance) => instance.item)),
            ...wallet.map(({ currency }) => currency.item),
          ],
          bucketHashes: vault.map((bucket) => bucket.bucketHash),
          progressions: [Progression.characterLevel],
          guardians: account.characters,
        }
      : undefined,
  );
}

export function inventoryResponse(
  world: DemoWorld,
  account: RosterAccount,
  character: RosterCharacter,
  definitions: boolean,
) {
  const { buckets } = world.inventory(character);
  const wallet = world.wallet(account);
  const data = {
    buckets: groupBuckets(buckets.map(bucketJson)),
    currencies: wallet.map(({ currency, value }) => ({ itemHash: currency.item.hash, value })),
  };
  return withDefinitions(
    data,
    definitions
      ? {
          items: [
            ...buckets.flatMap((bucket) => bucket.items.map((instance) => instance.item)),
            ...wallet.map(({ currency }) => currency.item),
          ],
          bucketHashes: buckets.map((bucket) => bucket.bucketHash),
        }
      : undefined,
  );
}

export function itemDetailResponse(
  world: DemoWorld,
  character: RosterCharacter,
  instance: ItemInstance,
  definitions: boolean,
) {
  const stats = characterStats(world.seed, character, world.inventory(character));
  const shown = [Stat.intellect, Stat.discipline, Stat.strength]
    .map((statHash) => Object.values(stats).find((stat) => stat.statHash === statHash))
    .filter((stat) => stat !== undefined);
  const data = itemDetailData(instance, shown);
  return withDefinitions(
    data,
    definitions ? { items: [instance.item, ...data.materialItemHashes.map(catalogItem)] } : undefined,
  );
}
