import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { adaptAccount } from './adapt-account.ts';
import { accountSchema } from './schema.ts';

const character = (characterId: string, classHash: number, extra: Record<string, unknown> = {}) => ({
  characterBase: {
    characterId,
    classHash,
    raceHash: 898834093,
    genderHash: 2204441813,
    powerLevel: 300,
    stats: { STAT_LIGHT: { statHash: 2391494160, value: 312, maximumValue: 0 } },
  },
  characterLevel: 40,
  emblemPath: '/common/destiny_content/icons/emblem.jpg',
  backgroundPath: '/common/destiny_content/icons/banner.jpg',
  ...extra,
});

describe('adaptAccount', () => {
  it('names classes, races and genders and keeps ids as strings', () => {
    const account = adaptAccount(
      v.parse(accountSchema, {
        data: {
          membershipId: '4611686018429501017',
          membershipType: 2,
          clanName: 'Night Shift',
          clanTag: 'NS',
          characters: [character('2305843009292996472', 3655393761)],
        },
      }),
    );
    expect(account.clan).toBe('Night Shift [NS]');
    expect(account.characters[0]).toEqual({
      characterId: '2305843009292996472',
      className: 'Titan',
      raceName: 'Exo',
      genderName: 'Female',
      level: 40,
      light: 312,
      emblem: '/api/bungie/common/destiny_content/icons/emblem.jpg',
      background: '/api/bungie/common/destiny_content/icons/banner.jpg',
      lastPlayed: null,
    });
  });

  it("names characters from the answer's definitions when it has them, and says when it has none", () => {
    const data = { membershipId: '1', membershipType: 2, characters: [character('9', 3655393761)] };
    const bare = adaptAccount(v.parse(accountSchema, { data }));
    expect(bare.definitionsMissing).toBe(true);
    expect(bare.characters[0]).toMatchObject({ className: 'Titan', raceName: 'Exo', genderName: 'Female' });
    const localized = adaptAccount(
      v.parse(accountSchema, {
        data,
        definitions: {
          classes: { 3655393761: { className: 'Titán' } },
          races: {},
          genders: { 2204441813: { genderName: 'Mujer' } },
        },
      }),
    );
    expect(localized.definitionsMissing).toBe(false);
    expect(localized.characters[0]).toMatchObject({ className: 'Titán', raceName: 'Exo', genderName: 'Mujer' });
  });

  it('tolerates omitted optional fields', () => {
    const account = adaptAccount(
      v.parse(accountSchema, {
        data: {
          membershipId: '1',
          membershipType: 1,
          characters: [{ characterBase: { characterId: '9', classType: 1 } }],
        },
      }),
    );
    expect(account.characters[0]).toMatchObject({ className: 'Hunter', light: null, emblem: null, level: 0 });
    expect(account.clan).toBeNull();
  });
});
