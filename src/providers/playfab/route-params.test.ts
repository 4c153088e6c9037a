import { describe, expect, it } from 'vitest';
import { readPlayerParams } from './route-params.ts';

describe('readPlayerParams', () => {
  it('reads a 16-hex-digit PlayFab id in any case as PlayFab writes it', () => {
    expect(readPlayerParams({ titleId: 'E3F1A', playFabId: '6c0f9a2e41b7d358' })).toEqual({
      titleId: 'E3F1A',
      playFabId: '6C0F9A2E41B7D358',
    });
    expect(readPlayerParams({ titleId: 'E3F1A', playFabId: 'Custom_Id' }).playFabId).toBe('Custom_Id');
    expect(() => readPlayerParams({ titleId: 'E3F1A', playFabId: 'no spaces' })).toThrow('not valid');
  });
});
