import type { ItemDetail, Perk } from '../../inventory/model.ts';
import { adaptItem } from './adapt-inventory.ts';
import { withBuiltInDefinitions } from './built-in-definitions.ts';
import { bungieIcon } from './bungie-icon.ts';
import { adaptDetailStats, statsNotSent, type StatsNotSent } from './detail-stats.ts';
import type { RawItemDetail, RawItemDetailDefinitions } from './schema.ts';
import { buildTalentGrid, type TalentGrid } from './talent-grid.ts';

export interface DestinyItemDetail {
  detail: ItemDetail;
  grid: TalentGrid | null;
  /** Bungie sent no definition of the item: its name, picture, perks and talent grid are missing. */
  definitionMissing: boolean;
  /** Talent nodes the instance lists, of those its grid definition has; absent when it lists them all. */
  nodesNotSent?: { sent: number; defined: number };
  statsNotSent?: StatsNotSent;
}

/** EquipFailureReason flags, in words. ItemNotOnCharacter (16) is only the vault, which has its own place. */
const equipFailures: [flag: number, text: string][] = [
  [1, 'This item cannot be equipped.'],
  [2, 'Only one exotic of this kind can be equipped at a time.'],
  [4, 'Not unlocked for this character yet.'],
  [8, 'The character is below the required level.'],
];
const bindings: Record<number, string> = {
  1: 'Bound to this character',
  2: 'Bound to the account',
  3: 'Bound to a clan',
};
const ITEM_IS_EQUIPPED = 1;
const NOT_TRANSFERRABLE = 2;
const NO_ROOM = 4;

function notesFor(item: RawItemDetail['data']['item']): string[] {
  const notes: string[] = [];
  const binding = bindings[item.bindStatus];
  if (binding) notes.push(binding);
  if (item.transferStatus & NOT_TRANSFERRABLE) notes.push('Cannot be transferred');
  else if (item.transferStatus & NO_ROOM) notes.push('No room to transfer it');
  else if (item.transferStatus & ITEM_IS_EQUIPPED) notes.push('Equipped: cannot be transferred');
  else notes.push('Can be transferred');
  return notes;
}

function adaptPerks(definitions: RawItemDetailDefinitions, perks: RawItemDetail['data']['item']['perks']): Perk[] {
  return perks.flatMap((perk) => {
    const definition = definitions.perks[perk.perkHash];
    // Bungie lists bookkeeping perks too: without a name or marked not displayable, there is nothing to show.
    if (!definition?.displayName || !definition.isDisplayable) return [];
    return [
      {
        id: String(perk.perkHash),
        name: definition.displayName,
        description: definition.displayDescription ?? '',
        icon: bungieIcon(definition.displayIcon ?? perk.iconPath),
        active: perk.isActive,
      },
    ];
  });
}

/** What the active nodes add, per stat hash: hidden stats come from the definition without it. */
function activeBonus(grid: TalentGrid | null): Map<number, number> {
  const bonus = new Map<number, number>();
  for (const node of grid?.nodes ?? []) {
    if (node.state !== 'active') continue;
    for (const stat of node.currentStats)
      bonus.set(Number(stat.statId), (bonus.get(Number(stat.statId)) ?? 0) + stat.value);
  }
  return bonus;
}

export function adaptItemDetail(raw: RawItemDetail): DestinyItemDetail {
  const definitions = withBuiltInDefinitions(raw.definitions);
  const { item: instance } = raw.data;
  const item = adaptItem(definitions, instance, instance.itemInstanceId);
  const bucketHash = definitions.items[instance.itemHash]?.bucketTypeHash;
  const grid = buildTalentGrid(raw.data, definitions);
  const gridNodes = definitions.talentGrids[instance.talentGridHash]?.nodes.length ?? 0;
  const progression = instance.progression;
  const blockers = instance.canEquip
    ? []
    : equipFailures.filter(([flag]) => instance.cannotEquipReason & flag).map(([, text]) => text);
  return {
    detail: {
      item,
      bucketId: bucketHash ? String(bucketHash) : null,
      bucketName: bucketHash ? (definitions.buckets[bucketHash]?.bucketName ?? null) : null,
      stats: adaptDetailStats(definitions, instance.itemHash, instance.stats, activeBonus(grid)),
      perks: adaptPerks(definitions, instance.perks),
      progress:
        progression && progression.nextLevelAt > 0
          ? {
              level: progression.level,
              current: progression.progressToNextLevel,
              next: progression.nextLevelAt,
              complete: instance.isGridComplete,
            }
          : undefined,
      requiredLevel: instance.equipRequiredLevel > 0 ? instance.equipRequiredLevel : undefined,
      equipBlockers: blockers,
      notes: notesFor(instance),
    },
    grid,
    definitionMissing: !definitions.items[instance.itemHash],
    nodesNotSent: instance.nodes.length < gridNodes ? { sent: instance.nodes.length, defined: gridNodes } : undefined,
    statsNotSent: statsNotSent(definitions, instance.itemHash, instance.stats),
  };
}
