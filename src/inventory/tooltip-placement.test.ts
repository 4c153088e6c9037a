import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltip-placement.ts';

const tile = (left: number, top: number) => ({ left, top, width: 64, bottom: top + 64 });

describe('placeTooltip', () => {
  it('centres the tooltip above a tile in the middle of the page', () => {
    expect(placeTooltip(tile(600, 400), 1280)).toEqual({ centreX: 632, y: 392, below: false });
  });

  it('moves it in from the edges, so a tile at either end of a row keeps its tooltip whole', () => {
    expect(placeTooltip(tile(16, 400), 1280).centreX).toBe(120);
    expect(placeTooltip(tile(1200, 400), 1280).centreX).toBe(1160);
  });

  it('puts it below a tile at the top of the viewport', () => {
    expect(placeTooltip(tile(600, 40), 1280)).toEqual({ centreX: 632, y: 112, below: true });
  });

  it('centres it on a viewport narrower than the tooltip', () => {
    expect(placeTooltip(tile(10, 400), 200).centreX).toBe(100);
  });
});
