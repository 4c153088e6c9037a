/** A character's items, rolled once from the seed; equal seeds give equal inventories. */

import type { CatalogItem } from './catalog-item.ts';
import { bounties, questSteps } from './catalog-contracts.ts';
import { consumables, materials, missionItems, salvage } from './catalog-supplies.ts';
import { itemsForBucket } from './catalog.ts';
import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import { bucketInfo, categoryName, categoryOrder, bucketTable } from './buckets.ts';
import { classes } from './guardian-types.ts';
import { EquipFailure, isLockable, type ItemInstance, type NodeState } from './item-instance.ts';
import { xpToReachLevel } from './progressions.ts';
import { createRng, deriveSeed, type Rng } from '../rng.ts';
import type { RosterCharacter } from './roster.ts';
import type { TalentGrid } from './talent-grids.ts';

export interface BucketContents {
  bucketHash: number;
  items: ItemInstance[];
}

export interface CharacterInventory {
  /** Every bucket the character has, in response order (category, then bucket order). */
  buckets: BucketContents[];
  byInstanceId: Map<string, ItemInstance>;
  equipped: ItemInstance[];
}

export interface InventoryOptions {
  seed: number;
  /** Unique per character across the roster; keeps instance ids from colliding. */
  slot: number;
  /** Grow the inventory past bucket capacities to about this many items (benchmarks). */
  itemsPerCharacter?: number;
}

export const LEVEL_CAP = 40;

/** Equippable buckets filled with 8 to 10 items, one equipped. */
const gearBuckets = [
  BucketHash.PrimaryWeapons,
  BucketHash.SpecialWeapons,
  BucketHash.HeavyWeapons,
  BucketHash.Ghost,
  BucketHash.Helmet,
  BucketHash.Gauntlets,
  BucketHash.ChestArmor,
  BucketHash.LegArmor,
  BucketHash.ClassArmor,
  BucketHash.Artifacts,
  BucketHash.Vehicle,
  BucketHash.Ships,
  BucketHash.Shaders,
  BucketHash.Emblems,
];
/** At most one exotic weapon and one exotic armour piece may be equipped. */
const exoticGroups: readonly (readonly number[])[] = [
  [BucketHash.PrimaryWeapons, BucketHash.SpecialWeapons, BucketHash.HeavyWeapons],
  [BucketHash.Helmet, BucketHash.Gauntlets, BucketHash.ChestArmor, BucketHash.LegArmor],
];

export interface Roller {
  rng: Rng;
  level: number;
  light: number;
  nextInstanceId(): string;
}

export function instanceIds(rng: Rng, slot: number): () => string {
  // 6917529 + 3 digits of slot + 9 running digits: realistic 19-digit ids, unique per character.
  const prefix = 6917529000000000000n + BigInt(100 + slot) * 1000000000n;
  let counter = rng.int(10_000_000, 90_000_000);
  return () => {
    counter += rng.int(1, 4000);
    return (prefix + BigInt(counter)).toString();
  };
}

function rollGrid(rng: Rng, grid: TalentGrid): { xp: ItemInstance['xp']; nodes: NodeState[] } {
  const level = rng.chance(0.65) ? grid.maxGridLevel + rng.int(0, 3) : rng.int(1, Math.max(1, grid.maxGridLevel));
  const reached = xpToReachLevel(grid.progression, level);
  const current = reached + rng.int(0, xpToReachLevel(grid.progression, level + 1) - reached - 1);
  const daily = rng.int(0, Math.min(current, 2000));
  const xp = { current, daily, weekly: daily + rng.int(0, Math.min(current - daily, 8000)) };

  const nodes: NodeState[] = grid.nodes.map((node) => ({
    isActivated: node.hidden,
    stepIndex: node.isRandom ? rng.int(0, node.steps.length - 1) : 0,
    hidden: node.hidden,
  }));
  const state = (index: number) => nodes[index] as NodeState;
  const available = (index: number) =>
    (grid.nodes[index]?.steps[state(index).stepIndex]?.gridLevel ?? Infinity) <= level;
  for (const index of grid.independent) {
    state(index).isActivated = Boolean(grid.nodes[index]?.autoUnlocks) || (available(index) && rng.chance(0.85));
  }
  for (const set of grid.exclusiveSets) {
    const open = set.filter(available);
    if (open.length) state(rng.pick(open)).isActivated = true;
  }
  return { xp, nodes };
}

export function rollGear(roller: Roller, item: CatalogItem): ItemInstance {
  const { rng } = roller;
  const canEquip = roller.level >= item.equipRequiredLevel;
  const range = item.primaryStat;
  const { xp, nodes } = item.grid ? rollGrid(rng, item.grid) : { xp: undefined, nodes: [] };
  return {
    item,
    instanceId: roller.nextInstanceId(),
    stackSize: 1,
    isEquipped: false,
    canEquip,
    cannotEquipReason: canEquip ? EquipFailure.none : EquipFailure.levelCheck,
    locked: isLockable(item) && item.tierType >= 5 && rng.chance(0.35),
    tracked: false,
    location: 1,
    primaryStatValue: range
      ? Math.max(range.minimum, Math.min(range.maximum, roller.light + rng.int(-40, 8)))
      : undefined,
    xp,
    nodes,
    objectives: [],
  };
}

/** A non-instanced stack (`itemInstanceId` "0"); location 0 for account-wide currencies. */
export function rollStack(item: CatalogItem, stackSize: number, location = 1): ItemInstance {
  return {
    item,
    instanceId: '0',
    stackSize,
    isEquipped: false,
    canEquip: false,
    cannotEquipReason: EquipFailure.none,
    locked: false,
    tracked: false,
    location,
    xp: undefined,
    nodes: [],
    objectives: [],
  };
}

function rollContract(roller: Roller, item: CatalogItem): ItemInstance {
  const { rng } = roller;
  return {
    ...rollStack(item, 1),
    instanceId: roller.nextInstanceId(),
    objectives: item.objectives.map((objective) => ({
      objective,
      progress: rng.chance(0.2) ? objective.completionValue : rng.int(0, objective.completionValue - 1),
    })),
  };
}

/** Equips the best eligible item (highest primary stat, else a random one) and moves it first. */
function equipOne(rng: Rng, items: ItemInstance[], exoticTaken: boolean): ItemInstance {
  const eligible = items.filter((instance) => instance.canEquip && !(exoticTaken && instance.item.tierType === 6));
  if (!eligible.length) throw new Error(`nothing equippable in bucket ${items[0]?.item.bucketHash}`);
  const best =
    eligible[0]?.primaryStatValue === undefined
      ? rng.pick(eligible)
      : eligible.reduce((a, b) => ((b.primaryStatValue ?? 0) > (a.primaryStatValue ?? 0) ? b : a));
  best.isEquipped = true;
  items.splice(items.indexOf(best), 1);
  items.unshift(best);
  return best;
}

function stackSize(rng: Rng, item: CatalogItem, large: boolean): number {
  return large ? rng.int(100, item.maxStackSize) : rng.int(1, Math.min(99, item.maxStackSize));
}

export function generateInventory(character: RosterCharacter, options: InventoryOptions): CharacterInventory {
  const rng = createRng(deriveSeed(options.seed, `inventory:${character.characterId}`));
  const classType = classes[character.className].type;
  const level = Math.min(character.level, LEVEL_CAP);
  const roller: Roller = {
    rng,
    level,
    light: level >= LEVEL_CAP ? rng.int(330, 395) : rng.int(220, 280),
    nextInstanceId: instanceIds(rng, options.slot),
  };
  const contents = new Map<number, ItemInstance[]>();
  const equipped: ItemInstance[] = [];

  const subclasses = itemsForBucket(BucketHash.Subclass, classType).map((item) => rollGear(roller, item));
  equipped.push(equipOne(rng, subclasses, false));
  contents.set(BucketHash.Subclass, subclasses);

  const exoticTaken = new Set<number>();
  for (const bucketHash of gearBuckets) {
    const items = rng
      .sample(itemsForBucket(bucketHash, classType), rng.int(8, 10))
      .map((item) => rollGear(roller, item));
    const group = exoticGroups.findIndex((buckets) => buckets.includes(bucketHash));
    const worn = equipOne(rng, items, exoticTaken.has(group));
    if (worn.item.tierType === 6) exoticTaken.add(group);
    equipped.push(worn);
    contents.set(bucketHash, items);
  }

  // The first few stacks are large, so every inventory shows stacks in the hundreds.
  contents.set(
    BucketHash.Materials,
    rng
      .sample(materials, rng.int(14, 20))
      .map((item, i) => rollStack(item, stackSize(rng, item, i < 4 || rng.chance(0.3)))),
  );
  contents.set(
    BucketHash.Consumables,
    rng
      .sample(consumables, rng.int(12, 20))
      .map((item, i) => rollStack(item, stackSize(rng, item, i < 2 || rng.chance(0.2)))),
  );
  contents.set(
    BucketHash.Mission,
    rng.sample(missionItems, rng.int(3, 8)).map((item) => rollStack(item, 1)),
  );
  const contracts = [
    ...rng.sample(bounties, rng.int(8, 16)).map((item) => rollContract(roller, item)),
    ...rng.sample(questSteps, rng.int(8, 16)).map((item) => rollContract(roller, item)),
  ];
  rng.pick(contracts).tracked = true;
  contents.set(
    BucketHash.Bounties,
    contracts.filter((instance) => instance.item.bucketHash === BucketHash.Bounties),
  );
  contents.set(
    BucketHash.Quests,
    contracts.filter((instance) => instance.item.bucketHash === BucketHash.Quests),
  );
  contents.set(BucketHash.Temporary, [rollStack(salvage, 25)]);
  contents.set(
    BucketHash.LostItems,
    [rng.pick(materials), rng.pick(consumables)].map((item) => rollStack(item, rng.int(1, 20), 4)),
  );

  growTo(roller, contents, classType, options.itemsPerCharacter ?? 0);

  const rank = (hash: number) => {
    const bucket = bucketInfo(hash);
    return (
      categoryOrder.indexOf(categoryName(bucket.category)) * 1e6 + bucket.order * 1e3 + bucketTable.indexOf(bucket)
    );
  };
  const buckets = [...contents.entries()]
    .map(([bucketHash, items]) => ({ bucketHash, items }))
    .sort((a, b) => rank(a.bucketHash) - rank(b.bucketHash));
  const byInstanceId = new Map<string, ItemInstance>();
  for (const { items } of buckets) {
    for (const instance of items) if (instance.instanceId !== '0') byInstanceId.set(instance.instanceId, instance);
  }
  return { buckets, byInstanceId, equipped };
}

/** Benchmark inventories: unequipped gear added past bucket capacity until the target is met. */
function growTo(roller: Roller, contents: Map<number, ItemInstance[]>, classType: number, target: number) {
  let total = [...contents.values()].reduce((sum, items) => sum + items.length, 0);
  while (total < target) {
    const bucketHash = roller.rng.pick(gearBuckets);
    contents.get(bucketHash)?.push(rollGear(roller, roller.rng.pick(itemsForBucket(bucketHash, classType))));
    total++;
  }
}
