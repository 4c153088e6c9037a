/** The demo title's players and their characters. Ids are 16 upper-case hex, as PlayFab issues them. */

export const demoTitleId = 'E3F1A';

export type PlayFabScenarioId = 'player-not-found' | 'character-not-found' | 'invalid-params' | 'throttled' | 'unavailable';

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
  scenario?: Extract<PlayFabScenarioId, 'invalid-params' | 'throttled' | 'unavailable'>;
}

const character = (CharacterId: string, CharacterName: string, CharacterType: string, loadout: number): DemoCharacter => ({
  CharacterId, CharacterName, CharacterType, loadout,
});

export const players: DemoPlayer[] = [
  {
    playFabId: '6C0F9A2E41B7D358',
    displayName: 'Mira Ashgrove',
    characters: [character('B41E07C9D2A3F685', 'Mira', 'Ranger', 0), character('1D93A5F07E6B2C48', 'Brakka', 'Warden', 1)],
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
    characters: [character('C6A1F8E3B0D29745', 'Quill', 'Arcanist', 1), character('0E7D4B2A9C5F3618', 'Harrow', 'Ranger', 2)],
  },
  {
    playFabId: '5A0E8C4F2B7D9163',
    displayName: 'Hoarding Hale',
    characters: [{ ...character('9D6B2F8A4E0C7351', 'Hale', 'Warden', 0), hoard: 10_000 }, character('3C7F1A9E5B0D8264', 'Little Hale', 'Ranger', 1)],
  },
  { playFabId: '9F1C3A7E5D2B8046', displayName: 'Glitched Tester', scenario: 'invalid-params', characters: [character('2B8D6F4A0C1E9357', 'Static', 'Ranger', 0)] },
  { playFabId: '4E8A2C6F0B9D1735', displayName: 'Rapid Rook', scenario: 'throttled', characters: [character('8C2F0A6E4D1B9573', 'Rook', 'Warden', 1)] },
  { playFabId: 'D5B3F9A1E7C20864', displayName: 'Offline Oona', scenario: 'unavailable', characters: [character('F4A0C8E2B6D19357', 'Oona', 'Arcanist', 2)] },
];

/** Well-formed ids that belong to nobody. */
export const missingPlayFabId = '00C0FFEE00C0FFEE';
export const missingCharacterId = '0BADC0DE0BADC0DE';

export function findPlayer(playFabId: string): DemoPlayer | undefined {
  return players.find((player) => player.playFabId === playFabId);
}
