/** Bounties and quest steps: instanced, bound to the character, tracked through objectives. */

import { baseItem, type CatalogItem, type ObjectiveInfo } from './catalog-item.ts';
import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import { contentIcon, tierTones } from './icon-assets.ts';
import { fnv1a } from '../rng.ts';

const objective = (itemName: string, index: number, description: string, completionValue: number): ObjectiveInfo => ({
  hash: fnv1a(`objective:${itemName}:${index}`),
  description,
  completionValue,
});

const bountyRows: [string, string, string, number][] = [
  ['Dusk Patrol', 'Complete patrols before nightfall.', 'Patrols completed', 5],
  ['Salvage Run', 'Recover salvage from the wrecks.', 'Salvage recovered', 20],
  ['Long Range Survey', 'Defeat combatants from a distance.', 'Long-range kills', 25],
  ['Archive Recovery', 'Recover lost data cores.', 'Data cores recovered', 3],
  ['Cold Trail', 'Track down the raider captain.', 'Captains defeated', 1],
  ['Stormfront', 'Defeat enemies with Arc damage.', 'Arc kills', 50],
  ['Wildfire', 'Defeat enemies with Solar damage.', 'Solar kills', 50],
  ['Quiet Hunt', 'Defeat enemies with Void damage.', 'Void kills', 50],
  ['Hold the Line', 'Capture zones in competitive play.', 'Zones captured', 10],
  ['Scrap Collector', 'Dismantle unwanted gear.', 'Items dismantled', 15],
  ['Precision Work', 'Land precision kills.', 'Precision kills', 40],
  ['Blackout Protocol', 'Disable relay towers.', 'Relays disabled', 4],
  ['Signal Lost', 'Find the missing scout team.', 'Beacons found', 3],
  ['Tidal Sweep', 'Clear the flooded district.', 'Combatants defeated', 100],
  ['Ember Hunt', 'Defeat elite enemies.', 'Elites defeated', 12],
  ['Clean Sweep', 'Defeat enemies without dying.', 'Kill streak', 20],
  ['Heavy Hitter', 'Defeat enemies with heavy weapons.', 'Heavy weapon kills', 30],
  ['Close Quarters', 'Defeat enemies with shotguns or swords.', 'Close-range kills', 25],
  ['Sharpshooter', 'Defeat enemies with sniper rifles.', 'Sniper kills', 20],
  ['Orb Runner', 'Generate orbs of light.', 'Orbs generated', 30],
  ['Strike Courier', 'Complete cooperative strikes.', 'Strikes completed', 3],
  ['Arena Regular', 'Complete competitive matches.', 'Matches completed', 5],
  ['Deep Dive', 'Explore the sunken vaults.', 'Vault chests opened', 6],
  ['Night Shift', 'Complete public events.', 'Public events completed', 4],
];

export const bounties: readonly CatalogItem[] = bountyRows.map(([name, description, goal, count], i) =>
  baseItem({
    hash: fnv1a(`item:${name}`),
    kind: 'bounty',
    name,
    description,
    icon: contentIcon(`item:${name}`, 'bounty', tierTones[i % 4 === 0 ? 4 : 3] ?? 'uncommon'),
    tierType: i % 4 === 0 ? 4 : 3,
    itemTypeName: 'Bounty',
    itemType: 4,
    bucketHash: BucketHash.Bounties,
    instanced: true,
    nonTransferrable: true,
    actionName: 'Abandon',
    objectives: [objective(name, 0, goal, count)],
  }),
);

const questlines: [string, string[]][] = [
  ['The Drowned Signal', ['Landfall', 'Deep Relay', 'Static']],
  ['Ashes of Meridian', ['Kindling', 'The Pyre']],
  ['A Quiet Star', ['Observation', 'Parallax']],
  ['Ironbark Oath', ['Trial of Steel', 'Trial of Patience']],
  ['The Long Road', ['Waypoints', 'Last Light']],
  ['Glass Tempest', ['Calibration', 'Overload']],
  ['Archive of Nine', ['Index', 'Recall']],
  ['Cartographer', ['Uncharted', 'Survey']],
  ['Salt and Iron', ['Foundry', 'Quench']],
];

const questGoals: [string, number][] = [
  ['Combatants defeated', 60],
  ['Relics recovered', 5],
  ['Patrol zones visited', 4],
  ['Precision kills', 30],
  ['Strikes completed', 2],
  ['Echoes decoded', 8],
];

export const questSteps: readonly CatalogItem[] = questlines.flatMap(([line, steps], lineIndex) =>
  steps.map((step, stepIndex) => {
    const name = `${line}: ${step}`;
    const tierType = 4 + (lineIndex % 3);
    const goals = Array.from(
      { length: 1 + ((lineIndex + stepIndex) % 3) },
      (_, k) => questGoals[(lineIndex + stepIndex + k) % questGoals.length] as [string, number],
    );
    return baseItem({
      hash: fnv1a(`item:${name}`),
      kind: 'quest',
      name,
      description: `Step ${stepIndex + 1} of ${steps.length} in "${line}".`,
      icon: contentIcon(`item:${name}`, 'quest', tierTones[tierType] ?? 'rare'),
      tierType,
      itemTypeName: 'Quest Step',
      itemType: 12,
      bucketHash: BucketHash.Quests,
      instanced: true,
      nonTransferrable: true,
      objectives: goals.map(([goal, count], k) => objective(name, k, goal, count)),
    });
  }),
);
