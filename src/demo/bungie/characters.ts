/** A character as GetAccount lists it, derived from its generated inventory (light, stats, emblem). */

import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import { classes, genders, races } from './guardian-types.ts';
import { statValue, type ItemInstance } from './item-instance.ts';
import { LEVEL_CAP, type CharacterInventory } from './inventory.ts';
import { Progression, progressAt, progressionBlock, xpToReachLevel } from './progressions.ts';
import { createRng, deriveSeed } from '../rng.ts';
import type { RosterAccount, RosterCharacter } from './roster.ts';
import { Stat } from './stats.ts';
import { UNSET_HASH } from './unset-hash.ts';

type StatEntry = { statHash: number; value: number; maximumValue: number };

const sum = (items: ItemInstance[], statHash: number) =>
  items.reduce((total, item) => total + statValue(item, statHash), 0);
const primaryValues = (items: ItemInstance[], statHash: number) =>
  items.filter((item) => item.item.primaryStat?.statHash === statHash).map((item) => item.primaryStatValue ?? 0);

/** Light: the mean attack and defense of equipped weapons and armour. */
function characterLight(inventory: CharacterInventory): number {
  const values = [
    ...primaryValues(inventory.equipped, Stat.attack),
    ...primaryValues(inventory.equipped, Stat.defense),
  ];
  return Math.floor(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length));
}

/** The nine character stats, keyed by identifier in Bungie's order. */
export function characterStats(
  seed: number,
  character: RosterCharacter,
  inventory: CharacterInventory,
): Record<string, StatEntry> {
  const rng = createRng(deriveSeed(seed, `stats:${character.characterId}`));
  const { equipped } = inventory;
  const defense = primaryValues(equipped, Stat.defense);
  const primary = equipped.find((item) => item.item.bucketHash === BucketHash.PrimaryWeapons);
  const entries: [string, number, number][] = [
    ['STAT_DEFENSE', Stat.defense, Math.round(defense.reduce((a, b) => a + b, 0) / Math.max(1, defense.length))],
    ['STAT_INTELLECT', Stat.intellect, sum(equipped, Stat.intellect)],
    ['STAT_DISCIPLINE', Stat.discipline, sum(equipped, Stat.discipline)],
    ['STAT_STRENGTH', Stat.strength, sum(equipped, Stat.strength)],
    ['STAT_LIGHT', Stat.light, characterLight(inventory)],
    ['STAT_ARMOR', Stat.armor, rng.int(1, 10)],
    ['STAT_AGILITY', Stat.agility, rng.int(1, 10)],
    ['STAT_RECOVERY', Stat.recovery, rng.int(1, 10)],
    ['STAT_OPTICS', Stat.optics, primary ? statValue(primary, Stat.optics) : 0],
  ];
  return Object.fromEntries(
    entries.map(([identifier, statHash, value]) => [identifier, { statHash, value, maximumValue: 0 }]),
  );
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const EPOCH = Date.UTC(2017, 8, 1);

export function characterEntry(
  seed: number,
  account: RosterAccount,
  character: RosterCharacter,
  inventory: CharacterInventory,
  grimoireScore: number,
) {
  const rng = createRng(deriveSeed(seed, `character:${character.characterId}`));
  const light = characterLight(inventory);
  const emblem = inventory.equipped.find((item) => item.item.bucketHash === BucketHash.Emblems)?.item;
  if (!emblem) throw new Error(`character ${character.characterId} has no emblem`);
  const levels = Progression.characterLevel;
  const reached = xpToReachLevel(levels, character.level);
  const xp = reached + rng.int(0, xpToReachLevel(levels, character.level + 1) - reached - 1);
  const daily = rng.int(0, 30000);
  const progress = progressAt(levels, xp);
  const characterLevel = Math.min(character.level, LEVEL_CAP);
  return {
    characterBase: {
      membershipId: account.membershipId,
      membershipType: account.membershipType,
      characterId: character.characterId,
      dateLastPlayed: isoSeconds(EPOCH + rng.int(0, 120 * 86400) * 1000),
      minutesPlayedThisSession: String(rng.int(0, 240)),
      minutesPlayedTotal: String(rng.int(3000, 60000)),
      powerLevel: light,
      raceHash: races[character.race].hash,
      genderHash: genders[character.gender].hash,
      classHash: classes[character.className].hash,
      currentActivityHash: 0,
      lastCompletedStoryHash: 0,
      stats: characterStats(seed, character, inventory),
      customization: {
        personality: UNSET_HASH,
        face: rng.uint32(),
        skinColor: rng.uint32(),
        lipColor: rng.uint32(),
        eyeColor: rng.uint32(),
        hairColor: rng.uint32(),
        featureColor: rng.uint32(),
        decalColor: rng.uint32(),
        wearHelmet: rng.chance(0.5),
        hairIndex: rng.int(0, 20),
        featureIndex: rng.int(0, 12),
        decalIndex: rng.int(0, 12),
      },
      grimoireScore,
      peerView: { equipment: inventory.equipped.map((item) => ({ itemHash: item.item.hash, dyes: [] })) },
      genderType: genders[character.gender].type,
      classType: classes[character.className].type,
      buildStatGroupHash: 0,
    },
    levelProgression: progressionBlock(levels, xp, daily, daily + rng.int(0, 90000)),
    emblemPath: emblem.icon.path,
    backgroundPath: emblem.secondaryIcon.path,
    emblemHash: emblem.hash,
    characterLevel,
    baseCharacterLevel: characterLevel,
    isPrestigeLevel: character.level > LEVEL_CAP,
    percentToNextLevel: Math.round((progress.progressToNextLevel / progress.nextLevelAt) * 10000) / 100,
  };
}
