import { describe, expect, it } from 'vitest';
import { fillPattern, matchPattern } from './path-pattern.ts';

const PATTERN = '/playfab/:titleId/players/:playFabId/items/:itemInstanceId';

describe('route patterns', () => {
  it('fills every parameter, encoded, so a value cannot add a segment', () => {
    expect(fillPattern(PATTERN, { titleId: 'E3F1A', playFabId: 7, itemInstanceId: 'a/b c' })).toBe(
      '/playfab/E3F1A/players/7/items/a%2Fb%20c',
    );
  });

  it('reads back what it filled, with or without a trailing slash', () => {
    const params = { titleId: 'E3F1A', playFabId: '7', itemInstanceId: 'a/b c' };
    const path = fillPattern(PATTERN, params);
    expect(matchPattern(PATTERN, path)).toEqual(params);
    expect(matchPattern(PATTERN, `${path}/`)).toEqual(params);
  });

  it('matches nothing else: other segments, more or fewer, an empty or malformed parameter', () => {
    expect(matchPattern(PATTERN, '/playfab/E3F1A/player/7/items/1')).toBeNull();
    expect(matchPattern(PATTERN, '/playfab/E3F1A/players/7/items')).toBeNull();
    expect(matchPattern(PATTERN, '/playfab/E3F1A/players/7/items/1/more')).toBeNull();
    expect(matchPattern(PATTERN, '/playfab//players/7/items/1')).toBeNull();
    expect(matchPattern(PATTERN, '/playfab/E3F1A/players/7/items/%E0%A4%A')).toBeNull();
  });
});
