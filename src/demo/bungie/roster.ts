/** Every demo account, ids fixed so links stay valid across seeds. Plain data: no generation here. */

import type { FaultScenarioId } from '../faults/fault-scenarios.ts';
import type { ClassName, GenderName, RaceName } from './guardian-types.ts';

export type ScenarioId =
  | 'account-not-found'
  | 'character-not-found'
  | 'maintenance'
  | 'maintenance-1618'
  | 'throttled'
  | 'throttled-31'
  | 'private'
  | 'html-outage'
  | 'slow'
  | 'no-definitions'
  | Exclude<FaultScenarioId, 'timeout' | 'html'>;

export interface RosterCharacter {
  characterId: string;
  className: ClassName;
  race: RaceName;
  gender: GenderName;
  /** Character level; 40 is the cap, and levels past it are prestige levels. */
  level: number;
  /** Grows the inventory past bucket capacities to about this many items (the big-vault account). */
  inventorySize?: number;
}

export interface RosterAccount {
  displayName: string;
  membershipType: 1 | 2;
  membershipId: string;
  characters: RosterCharacter[];
  clan?: { name: string; tag: string };
  /** How the account misbehaves; absent for the healthy accounts. */
  scenario?: ScenarioId;
}

const trio = (ids: [string, string, string], levels: [number, number, number] = [52, 44, 40]): RosterCharacter[] => [
  { characterId: ids[0], className: 'Titan', race: 'Exo', gender: 'Male', level: levels[0] },
  { characterId: ids[1], className: 'Hunter', race: 'Awoken', gender: 'Female', level: levels[1] },
  { characterId: ids[2], className: 'Warlock', race: 'Human', gender: 'Male', level: levels[2] },
];

/** An account that answers one fault on every call; its characters' ids end in 1, 2 and 3. */
function faultAccount(
  displayName: string,
  membershipType: 1 | 2,
  membershipId: string,
  scenario: ScenarioId,
): RosterAccount {
  const stem = `230584300933${membershipId.slice(-7, -1)}`;
  return {
    displayName,
    membershipType,
    membershipId,
    scenario,
    characters: trio([`${stem}1`, `${stem}2`, `${stem}3`]),
  };
}

export const roster: readonly RosterAccount[] = [
  {
    displayName: 'Kestrel_Vane',
    membershipType: 2,
    membershipId: '4611686018467284913',
    clan: { name: 'Lanterns of the Long Night', tag: 'LTLN' },
    characters: trio(['2305843009301840156', '2305843009318227403', '2305843009332095718']),
  },
  {
    displayName: 'Halcyon Drift',
    membershipType: 1,
    membershipId: '4611686018436672590',
    characters: [
      { characterId: '2305843009262471945', className: 'Titan', race: 'Human', gender: 'Female', level: 47 },
      { characterId: '2305843009270018832', className: 'Hunter', race: 'Exo', gender: 'Male', level: 40 },
      // Below the cap, so some of this Warlock's gear cannot be equipped yet.
      { characterId: '2305843009289745521', className: 'Warlock', race: 'Awoken', gender: 'Female', level: 38 },
    ],
  },
  {
    // A collector's vault of 10,000 items: what the grid, search and benchmarks are sized for.
    displayName: 'Vault_Hoarder',
    membershipType: 2,
    membershipId: '4611686018440010000',
    characters: trio(['2305843009340010001', '2305843009340010002', '2305843009340010003'], [40, 40, 40]).map(
      (character) => ({ ...character, inventorySize: 10_000 }),
    ),
  },
  {
    displayName: 'Tower Lockdown',
    membershipType: 1,
    membershipId: '4611686018451200505',
    scenario: 'maintenance',
    characters: trio(['2305843009351200501', '2305843009351200502', '2305843009351200503']),
  },
  {
    displayName: 'Rapid_Fire_Rhea',
    membershipType: 2,
    membershipId: '4611686018458800036',
    scenario: 'throttled',
    characters: trio(['2305843009358800361', '2305843009358800362', '2305843009358800363']),
  },
  {
    displayName: 'Cloaked Warden',
    membershipType: 1,
    membershipId: '4611686018473301665',
    scenario: 'private',
    characters: trio(['2305843009373316651', '2305843009373316652', '2305843009373316653']),
  },
  {
    displayName: 'Broken_Relay',
    membershipType: 2,
    membershipId: '4611686018480500500',
    scenario: 'html-outage',
    characters: trio(['2305843009380505001', '2305843009380505002', '2305843009380505003']),
  },
  {
    displayName: 'Slowpoke Sentinel',
    membershipType: 1,
    membershipId: '4611686018412015000',
    scenario: 'slow',
    characters: trio(['2305843009312150001', '2305843009312150002', '2305843009312150003']),
  },
  faultAccount('Vault Sealed', 2, '4611686018416181618', 'maintenance-1618'),
  faultAccount('Overclocked Ox', 1, '4611686018431310031', 'throttled-31'),
  faultAccount('Dark Relay', 2, '4611686018450350503', 'server-error'),
  faultAccount('Half_Signal', 1, '4611686018470707070', 'truncated-json'),
  faultAccount('Garbled Gideon', 2, '4611686018471717171', 'malformed-json'),
  faultAccount('Severed Link', 1, '4611686018472727272', 'dropped-connection'),
  faultAccount('Plain Ghost', 2, '4611686018482828282', 'no-definitions'),
];

/** Ids that are well-formed but belong to nobody. */
export const missingMembershipId = '4611686018499990404';
export const missingCharacterId = '2305843009299990404';

export function findAccount(membershipId: string): RosterAccount | undefined {
  return roster.find((account) => account.membershipId === membershipId);
}
