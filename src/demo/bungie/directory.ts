/**
 * What the demo upstream holds, for the proxy's `/api/config` and for tests: plain data, cheap to
 * import (no generation, no Node modules).
 */

import { faultScenarios } from '../faults/fault-scenarios.ts';
import { missingCharacterId, missingMembershipId, roster, type ScenarioId } from './roster.ts';
import { DEFAULT_SLOW_MS, describeSlowScenario, type SlowTiming } from './slow-scenario.ts';

export interface DemoAccount {
  displayName: string;
  membershipType: 1 | 2;
  membershipId: string;
  characters: { characterId: string; className: 'Titan' | 'Hunter' | 'Warlock' }[];
  /** Items per character, for the big-vault account only. */
  inventorySize?: number;
}

export interface DemoScenario {
  id: ScenarioId;
  title: string;
  description: string;
  membershipType: 1 | 2;
  membershipId: string;
  characterId?: string;
  displayName?: string;
}

function scenarioAccount(id: ScenarioId) {
  const account = roster.find((candidate) => candidate.scenario === id);
  if (!account) throw new Error(`no roster account for scenario ${id}`);
  const character = account.characters[0];
  return {
    membershipType: account.membershipType,
    membershipId: account.membershipId,
    ...(character ? { characterId: character.characterId } : {}),
    displayName: account.displayName,
  };
}

const healthy = roster.filter((account) => !account.scenario);
const [firstAccount] = healthy;
if (!firstAccount) throw new Error('the demo roster has no healthy account');

export const bungieDemoDirectory: { accounts: DemoAccount[]; scenarios: DemoScenario[] } = {
  accounts: healthy.map((account) => ({
    displayName: account.displayName,
    membershipType: account.membershipType,
    membershipId: account.membershipId,
    characters: account.characters.map(({ characterId, className }) => ({ characterId, className })),
    ...(account.characters[0]?.inventorySize ? { inventorySize: account.characters[0].inventorySize } : {}),
  })),
  scenarios: [
    {
      id: 'account-not-found',
      title: 'Account not found',
      description: 'A well-formed membership id that belongs to nobody: every call answers ErrorCode 1601.',
      membershipType: 2,
      membershipId: missingMembershipId,
    },
    {
      id: 'character-not-found',
      title: 'Character not found',
      description: 'A real account with a character id it does not have: the inventory answers ErrorCode 1620.',
      membershipType: firstAccount.membershipType,
      membershipId: firstAccount.membershipId,
      characterId: missingCharacterId,
      displayName: firstAccount.displayName,
    },
    {
      id: 'maintenance',
      title: 'Down for maintenance',
      description: 'Every call on this account answers ErrorCode 5 (SystemDisabled).',
      ...scenarioAccount('maintenance'),
    },
    {
      id: 'throttled',
      title: 'Throttled',
      description:
        'Every odd-numbered request to a path answers ErrorCode 36 with ThrottleSeconds 3; the retry succeeds.',
      ...scenarioAccount('throttled'),
    },
    {
      id: 'private',
      title: 'Private inventory',
      description:
        'The account and its characters load, but inventories answer ErrorCode 1665 (DestinyPrivacyRestriction).',
      ...scenarioAccount('private'),
    },
    {
      id: 'html-outage',
      title: 'Outage (HTML error page)',
      description: 'Every call on this account answers HTTP 500 with an HTML error page instead of JSON.',
      ...scenarioAccount('html-outage'),
    },
    {
      id: 'maintenance-1618',
      title: 'Maintenance (1618)',
      description:
        'Every call answers HTTP 500 with ErrorCode 1618 (DestinyUnexpectedError), as some maintenance windows did.',
      ...scenarioAccount('maintenance-1618'),
    },
    {
      id: 'throttled-31',
      title: 'Throttled (31)',
      description:
        'Every odd-numbered request to a path answers ErrorCode 31 (ThrottleLimitExceeded) with ThrottleSeconds 3; the retry succeeds.',
      ...scenarioAccount('throttled-31'),
    },
    ...(['server-error', 'truncated-json', 'malformed-json', 'dropped-connection'] as const).map((id) => ({
      id,
      title: faultScenarios[id].title,
      description: `${faultScenarios[id].description} Every call on this account does this.`,
      ...scenarioAccount(id),
    })),
    {
      id: 'slow',
      ...describeSlowScenario({ slowMs: DEFAULT_SLOW_MS }),
      ...scenarioAccount('slow'),
    },
    {
      id: 'no-definitions',
      title: 'Answers without definitions',
      description:
        'Every call answers as if definitions=true had not been asked: no item names, pictures, perks or talent grids.',
      ...scenarioAccount('no-definitions'),
    },
  ],
};

/** The directory as a server running the demo with these timings lists it: the slow account worded from the delay it really has. */
export function bungieDemoDirectoryFor(timing: SlowTiming): typeof bungieDemoDirectory {
  const scenarios = bungieDemoDirectory.scenarios.map((scenario) =>
    scenario.id === 'slow' ? { ...scenario, ...describeSlowScenario(timing) } : scenario,
  );
  return { ...bungieDemoDirectory, scenarios };
}
