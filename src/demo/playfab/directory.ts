/** What the PlayFab demo holds, for `/api/config` and tests: plain data, cheap to import. */

import { faultScenarios, type FaultScenarioId } from '../faults/fault-scenarios.ts';
import { demoTitleId, missingCharacterId, missingPlayFabId, players, type PlayFabScenarioId } from './roster.ts';

const healthy = players.filter((player) => !player.scenario);
const first = healthy[0]!;

function scenarioPlayer(id: PlayFabScenarioId) {
  const player = players.find((candidate) => candidate.scenario === id)!;
  return { playFabId: player.playFabId, characterId: player.characters[0]!.CharacterId };
}

export const playfabDemoDirectory = {
  titleId: demoTitleId,
  players: healthy.map((player) => ({
    playFabId: player.playFabId,
    displayName: player.displayName,
    characters: player.characters.map(({ CharacterId, CharacterName, CharacterType, hoard }) => ({
      characterId: CharacterId,
      name: CharacterName,
      type: CharacterType,
      ...(hoard ? { inventorySize: hoard } : {}),
    })),
  })),
  scenarios: [
    {
      id: 'player-not-found',
      title: 'Player not found',
      description: 'A well-formed PlayFab id that belongs to nobody: errorCode 1001 (AccountNotFound).',
      playFabId: missingPlayFabId,
    },
    {
      id: 'character-not-found',
      title: 'Character not found',
      description: `${first.displayName} with a character id she does not have: errorCode 1135 (CharacterNotFound).`,
      playFabId: first.playFabId,
      characterId: missingCharacterId,
    },
    {
      id: 'invalid-params',
      title: 'Invalid parameters',
      description: 'The inventory call answers errorCode 1000 (InvalidParams) with errorDetails.',
      ...scenarioPlayer('invalid-params'),
    },
    {
      id: 'throttled',
      title: 'Rate limited',
      description: 'Every odd request answers HTTP 429, errorCode 1199, Retry-After 3; the retry succeeds.',
      ...scenarioPlayer('throttled'),
    },
    {
      id: 'unavailable',
      title: 'Service unavailable',
      description: 'Every call answers HTTP 503, errorCode 1123 (ServiceUnavailable).',
      ...scenarioPlayer('unavailable'),
    },
    ...Object.entries(faultScenarios).map(([id, { title, description }]) => ({
      id: id as FaultScenarioId,
      title,
      description,
      ...scenarioPlayer(id as FaultScenarioId),
    })),
  ] satisfies { id: PlayFabScenarioId; title: string; description: string; playFabId: string; characterId?: string }[],
};
