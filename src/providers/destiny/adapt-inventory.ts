import type {
  Bucket,
  BucketGroup,
  Currency,
  DamageKind,
  Inventory,
  Item,
  StatValue,
  Tier,
} from '../../inventory/model.ts';
import { bucketGroupLayout, placeBucket } from './bucket-layout.ts';
import { adaptObjectives } from './adapt-objectives.ts';
import {
  placeholderItemIcon,
  placeholderItemName,
  unnamedItemName,
  withBuiltInDefinitions,
} from './built-in-definitions.ts';
import { bungieIcon } from './bungie-icon.ts';
import { knownCurrencyNames } from './currency-table.ts';
import {
  emptyDefinitions,
  type RawCharacterInventory,
  type RawDefinitions,
  type RawItemInstance,
  type RawTalentGrid,
} from './schema.ts';

const tierByType: Record<number, Tier> = { 2: 'common', 3: 'uncommon', 4: 'rare', 5: 'legendary', 6: 'exotic' };
const tierNames: Record<Tier, string> = {
  basic: 'Basic',
  common: 'Common',
  uncommon: 'Uncommon',
  rare: 'Rare',
  legendary: 'Legendary',
  exotic: 'Exotic',
  currency: 'Currency',
};
const damageKinds: Record<number, DamageKind> = { 1: 'kinetic', 2: 'arc', 3: 'solar', 4: 'void', 5: 'raid' };
const damageNames: Record<DamageKind, string> = {
  kinetic: 'Kinetic',
  arc: 'Arc',
  solar: 'Solar',
  void: 'Void',
  raid: 'Raid',
};
const ITEM_LOCKED_STATE = 1;

function statName(definitions: RawDefinitions, statHash: number): string {
  return definitions.stats[statHash]?.statName || `Stat ${statHash}`;
}

function adaptStat(
  definitions: RawDefinitions,
  stat: { statHash: number; value: number; maximumValue: number },
): StatValue {
  return {
    id: String(stat.statHash),
    name: statName(definitions, stat.statHash),
    value: stat.value,
    maximum: stat.maximumValue,
  };
}

function adaptDamage(definitions: RawDefinitions, raw: RawItemInstance): Item['damageType'] {
  const byHash = raw.damageTypeHash ? definitions.damageTypes[raw.damageTypeHash] : undefined;
  const kind = damageKinds[byHash?.enumValue ?? raw.damageType];
  if (!kind) return undefined;
  return { kind, name: byHash?.damageTypeName || damageNames[kind], icon: bungieIcon(byHash?.iconPath) };
}

/** A grid's step names node by node (null for a node off the grid), and its nodes' indexes by hash. */
interface GridNames {
  steps: (readonly string[] | null)[];
  indexByHash: Map<number, number>;
}

// Thousands of items share a few grids: each is read once per definitions.
const gridNames = new WeakMap<RawTalentGrid, GridNames>();
function namesOf(grid: RawTalentGrid): GridNames {
  let names = gridNames.get(grid);
  if (!names) {
    names = {
      steps: grid.nodes.map((node) => (node.column < 0 ? null : node.steps.map((step) => step.nodeStepName))),
      indexByHash: new Map(
        grid.nodes.flatMap((node, index) => (node.nodeHash === undefined ? [] : [[node.nodeHash, index]])),
      ),
    };
    gridNames.set(grid, names);
  }
  return names;
}

/**
 * Adds the names of the item's visible talent nodes (each at its current step) to `names`, from the
 * grid the inventory's definitions carry: in Destiny 1 they are the item's roll (scopes, barrels,
 * perks), worth finding whether unlocked yet or not. Hidden, off-grid and nameless nodes are left
 * out, as on the item page, and a name already there is not added twice. The node states were only
 * checked to be an array (schema.ts), so each field is checked here.
 */
function addTalentNodeNames(definitions: RawDefinitions, raw: RawItemInstance, names: string[]): void {
  const grid = raw.talentGridHash ? definitions.talentGrids?.[raw.talentGridHash] : undefined;
  if (!grid || !raw.nodes?.length) return;
  const { steps, indexByHash } = namesOf(grid);
  raw.nodes.forEach((state: unknown, position) => {
    if (typeof state !== 'object' || state === null) return;
    const { nodeHash, stepIndex, hidden } = state as Record<string, unknown>;
    if (hidden === true) return;
    // §7.1, as the item page joins them: nodeHash is the index under the late convention, a real
    // hash in 2014 data; the position is the last resort.
    const hash = typeof nodeHash === 'number' ? nodeHash >>> 0 : undefined;
    const index = hash === undefined ? position : hash < steps.length ? hash : (indexByHash.get(hash) ?? position);
    const nodeSteps = steps[index];
    if (!nodeSteps) return;
    const name = nodeSteps[typeof stepIndex === 'number' ? stepIndex : 0] ?? nodeSteps[0];
    if (name && !names.includes(name)) names.push(name);
  });
}

/** The featured perks' names, then the talent nodes' not among them. */
function perkNames(definitions: RawDefinitions, raw: RawItemInstance): string[] {
  const names = raw.perks.flatMap((perk) => definitions.perks[perk.perkHash]?.displayName || []);
  addTalentNodeNames(definitions, raw, names);
  return names;
}

export function adaptItem(definitions: RawDefinitions, raw: RawItemInstance, fallbackKey: string): Item {
  const definition = definitions.items[raw.itemHash];
  const tier = tierByType[definition?.tierType ?? 0] ?? 'basic';
  const instanceId = raw.itemInstanceId !== '0' ? raw.itemInstanceId : null;
  return {
    key: instanceId ?? fallbackKey,
    instanceId,
    definitionId: String(raw.itemHash),
    // A definition sent without a name (Bungie has a few) is not a missing definition.
    name: definition ? definition.itemName || unnamedItemName(raw.itemHash) : placeholderItemName(raw.itemHash),
    description: definition?.itemDescription ?? '',
    typeName: definition?.itemTypeName ?? '',
    icon: definition ? bungieIcon(definition.icon) : placeholderItemIcon,
    tier,
    // Without a definition the tier is unknown: say nothing rather than "Basic".
    tierName: definition ? definition.tierTypeName || tierNames[tier] : '',
    quantity: raw.stackSize,
    maxStackSize: definition?.maxStackSize ?? 1,
    isEquipped: raw.isEquipped,
    locked: raw.locked || ((raw.state ?? 0) & ITEM_LOCKED_STATE) !== 0,
    primaryStat: raw.primaryStat ? adaptStat(definitions, raw.primaryStat) : undefined,
    damageType: adaptDamage(definitions, raw),
    stats: raw.stats.map((stat) => adaptStat(definitions, stat)),
    perkNames: perkNames(definitions, raw),
    objectives: raw.objectives?.length ? adaptObjectives(definitions, raw.objectives) : undefined,
  };
}

/** Equipped first, then as the server listed them. */
function orderItems(items: Item[]): Item[] {
  return [...items.filter((item) => item.isEquipped), ...items.filter((item) => !item.isEquipped)];
}

export function adaptCharacterInventory(raw: RawCharacterInventory): Inventory {
  const definitions = withBuiltInDefinitions(raw.definitions ?? emptyDefinitions);
  const placed = new Map<string, { bucket: Bucket; rank: number }[]>();

  for (const groups of Object.values(raw.data.buckets)) {
    for (const group of groups) {
      const definition = definitions.buckets[group.bucketHash];
      const { groupId, rank } = placeBucket(group.bucketHash, definition?.category);
      const items = group.items.map((item, index) =>
        adaptItem(definitions, item, `${group.bucketHash}-${item.itemHash}-${index}`),
      );
      // Unnamed system buckets (temporary, hidden) are only worth a section when they hold something.
      if (!definition?.bucketName && items.length === 0) continue;
      const bucket: Bucket = {
        id: String(group.bucketHash),
        name: definition?.bucketName || 'Other items',
        order: definition?.bucketOrder ?? 0,
        capacity: definition?.itemCount,
        items: orderItems(items),
      };
      placed.set(groupId, [...(placed.get(groupId) ?? []), { bucket, rank }]);
    }
  }

  const groups: BucketGroup[] = bucketGroupLayout
    .map((layout) => ({
      id: layout.id,
      name: layout.name,
      buckets: (placed.get(layout.id) ?? [])
        .sort((a, b) => a.rank - b.rank || a.bucket.order - b.bucket.order)
        .map(({ bucket }) => bucket),
    }))
    .filter((group) => group.buckets.length > 0);

  const currencies: Currency[] = raw.data.currencies.map((currency) => {
    const definition = definitions.items[currency.itemHash];
    return {
      id: String(currency.itemHash),
      name: definition?.itemName || knownCurrencyNames[currency.itemHash] || `Currency ${currency.itemHash}`,
      icon: bungieIcon(definition?.icon),
      amount: currency.value,
      maximum: definition?.maxStackSize,
    };
  });

  return { groups, currencies };
}
