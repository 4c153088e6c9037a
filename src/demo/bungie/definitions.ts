/**
 * The `definitions` block of `?definitions=true`: every table key present, each a map from
 * stringified hash to definition, filled with what the response refers to.
 */

import { itemDefinition, objectiveDefinition, type CatalogItem } from './catalog-item.ts';
import { bucketDefinition, bucketInfo } from './buckets.ts';
import { damageTypeDefinition, damageTypes } from './damage-types.ts';
import { classDefinition, genderDefinition, raceDefinition } from './guardian-types.ts';
import { perkDefinition, type PerkInfo } from './perks.ts';
import { progressionDefinition, type ProgressionInfo } from './progressions.ts';
import type { RosterCharacter } from './roster.ts';
import { statDefinition, statTable } from './stats.ts';
import { talentGridDefinition, type TalentGrid } from './talent-grids.ts';

const tableKeys = [
  'items',
  'buckets',
  'stats',
  'perks',
  'talentGrids',
  'statGroups',
  'progressionMappings',
  'itemCategories',
  'sources',
  'objectives',
  'progressions',
  'damageTypes',
  'materialRequirements',
  'unlockValues',
  'vendorDetails',
  'locations',
  'factions',
  'events',
  'vendorCategories',
  'vendorSummaries',
  'destinations',
  'activities',
  'books',
  'places',
  'activityTypes',
  'activityBundles',
  'races',
  'genders',
  'classes',
  'flags',
] as const;

export type DefinitionTables = Record<(typeof tableKeys)[number], Record<string, unknown>>;

export interface DefinitionRefs {
  items: Iterable<CatalogItem>;
  /** Buckets the response lists besides those of its items (empty groups too). */
  bucketHashes?: Iterable<number>;
  progressions?: Iterable<ProgressionInfo>;
  /** Characters whose class, race and gender tables to fill. */
  guardians?: Iterable<RosterCharacter>;
}

export function definitionsBlock(refs: DefinitionRefs): DefinitionTables {
  const tables = Object.fromEntries(tableKeys.map((key) => [key, {}])) as DefinitionTables;
  const buckets = new Set(refs.bucketHashes);
  const grids = new Map<number, TalentGrid>();
  const perks = new Map<number, PerkInfo>();
  const progressions = new Map<number, ProgressionInfo>();
  for (const progression of refs.progressions ?? []) progressions.set(progression.hash, progression);

  for (const item of refs.items) {
    tables.items[item.hash] = itemDefinition(item);
    buckets.add(item.bucketHash);
    for (const perk of item.perks) perks.set(perk.hash, perk);
    for (const objective of item.objectives) tables.objectives[objective.hash] = objectiveDefinition(objective);
    if (item.grid) grids.set(item.grid.hash, item.grid);
  }
  for (const grid of grids.values()) {
    tables.talentGrids[grid.hash] = talentGridDefinition(grid);
    progressions.set(grid.progression.hash, grid.progression);
    for (const step of grid.nodes.flatMap((node) => node.steps))
      for (const perk of step.perks) perks.set(perk.hash, perk);
  }
  for (const hash of buckets) tables.buckets[hash] = bucketDefinition(bucketInfo(hash));
  for (const perk of perks.values()) tables.perks[perk.hash] = perkDefinition(perk);
  for (const progression of progressions.values())
    tables.progressions[progression.hash] = progressionDefinition(progression);
  for (const stat of statTable) tables.stats[stat.hash] = statDefinition(stat);
  for (const type of damageTypes) tables.damageTypes[type.hash] = damageTypeDefinition(type);
  for (const guardian of refs.guardians ?? []) {
    const cls = classDefinition(guardian.className);
    const race = raceDefinition(guardian.race);
    const gender = genderDefinition(guardian.gender);
    tables.classes[cls.hash] = cls;
    tables.races[race.hash] = race;
    tables.genders[gender.hash] = gender;
  }
  return tables;
}
