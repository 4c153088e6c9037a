/** The demo title's players and their characters. Ids are 16 upper-case hex, as PlayFab issues them. */

import type { FaultScenarioId } from '../faults/fault-scenarios.ts';

export const demoTitleId = 'E3F1A';

export type PlayFabScenarioId =
  'player-not-found' | 'character-not-found' | 'invalid-params' | 'throttled' | 'unavailable' | FaultScenarioId;

export interface DemoCharacter {
  CharacterId: string;
  CharacterName: string;
  CharacterType: string;
  /** Picks which of the demo loadouts this character carries. */
  loadout: number;
  /** Instead of a loadout, this many items drawn from the catalogs (the big-vault character). */
  hoard?: number;
}

export interface DemoPlayer {
  playFabId: string;
  displayName: string;
  characters: DemoCharacter[];
  scenario?: Exclude<PlayFabScenarioId, 'player-not-found' | 'character-not-found'>;
}

const character = (
  CharacterId: string,
  CharacterName: string,
  CharacterType: string,
  loadout: number,
): DemoCharacter => ({
  CharacterId,
  CharacterName,
  CharacterType,
  loadout,
});

export const players: DemoPlayer[] = [
  {
    playFabId: '6C0F9A2E41B7D358',
    displayName: 'Mira Ashgrove',
    characters: [
      character('B41E07C9D2A3F685', 'Mira', 'Ranger', 0),
      character('1D93A5F07E6B2C48', 'Brakka', 'Warden', 1),
    ],
  },
  {
    playFabId: 'A7D4E19B3C60F2E5',
    displayName: 'Tomas Vell',
    characters: [
      character('5F2C8E1A9B7D0364', 'Vell the Younger', 'Arcanist', 2),
      character('E08B6D3F2A4C9157', 'Old Vell', 'Warden', 0),
      character('7A3E5C9D1F0B8426', 'Pip', 'Ranger', 1),
    ],
  },
  {
    playFabId: '3B9E6F0D2C81A7F4',
    displayName: 'Quill Harrow',
    characters: [
      character('C6A1F8E3B0D29745', 'Quill', 'Arcanist', 1),
      character('0E7D4B2A9C5F3618', 'Harrow', 'Ranger', 2),
    ],
  },
  {
    playFabId: '5A0E8C4F2B7D9163',
    displayName: 'Hoarding Hale',
    characters: [
      { ...character('9D6B2F8A4E0C7351', 'Hale', 'Warden', 0), hoard: 10_000 },
      character('3C7F1A9E5B0D8264', 'Little Hale', 'Ranger', 1),
    ],
  },
  {
    playFabId: '9F1C3A7E5D2B8046',
    displayName: 'Glitched Tester',
    scenario: 'invalid-params',
    characters: [character('2B8D6F4A0C1E9357', 'Static', 'Ranger', 0)],
  },
  {
    playFabId: '4E8A2C6F0B9D1735',
    displayName: 'Rapid Rook',
    scenario: 'throttled',
    characters: [character('8C2F0A6E4D1B9573', 'Rook', 'Warden', 1)],
  },
  {
    playFabId: 'D5B3F9A1E7C20864',
    displayName: 'Offline Oona',
    scenario: 'unavailable',
    characters: [character('F4A0C8E2B6D19357', 'Oona', 'Arcanist', 2)],
  },
  {
    playFabId: 'B7E20C4A9D13F586',
    displayName: 'Frozen Fenn',
    scenario: 'timeout',
    characters: [character('3D9A1F7C5E0B2468', 'Fenn', 'Warden', 0)],
  },
  {
    playFabId: '5A0D8E3C1F7B9264',
    displayName: 'Crashing Cato',
    scenario: 'server-error',
    characters: [character('E6C4A2081F3D5B79', 'Cato', 'Ranger', 1)],
  },
  {
    playFabId: '2F6B0E8D4A1C7395',
    displayName: 'Portal Pell',
    scenario: 'html',
    characters: [character('9B1D3F5A7C0E2846', 'Pell', 'Arcanist', 2)],
  },
  {
    playFabId: '8D2A6C0E4B9F1357',
    displayName: 'Halfway Hale',
    scenario: 'truncated-json',
    characters: [character('4F6A8C0E2B1D3579', 'Hale', 'Warden', 0)],
  },
  {
    playFabId: 'C3E5A7091B2D4F68',
    displayName: 'Scrambled Sia',
    scenario: 'malformed-json',
    characters: [character('7E9C1A3F5D0B2468', 'Sia', 'Ranger', 1)],
  },
  {
    playFabId: '1A3C5E7092B4D6F8',
    displayName: 'Cutoff Cass',
    scenario: 'dropped-connection',
    characters: [character('A0B2C4D6E8F13579', 'Cass', 'Arcanist', 2)],
  },
];

/** Well-formed ids that belong to nobody. */
export const missingPlayFabId = '00C0FFEE00C0FFEE';
export const missingCharacterId = '0BADC0DE0BADC0DE';

export function findPlayer(playFabId: string): DemoPlayer | undefined {
  return players.find((player) => player.playFabId === playFabId);
}
