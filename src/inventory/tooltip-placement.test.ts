import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltip-placement.ts';

const tile = (left: number, top: number) => ({ left, top, width: 64, bottom: top + 64 });
const tooltip = { width: 200, height: 60 };

describe('placeTooltip', () => {
  it('centres the tooltip above a tile in the middle of the page', () => {
    expect(placeTooltip(tile(600, 400), 1280, tooltip)).toEqual({ centreX: 632, y: 392, below: false });
  });

  it('moves it in from the edges by its own width, so a tile at either end of a row keeps its tooltip whole', () => {
    expect(placeTooltip(tile(16, 400), 1280, tooltip).centreX).toBe(108);
    expect(placeTooltip(tile(1200, 400), 1280, tooltip).centreX).toBe(1172);
    expect(placeTooltip(tile(16, 400), 1280, { width: 300, height: 60 }).centreX).toBe(158);
  });

  it('puts it below a tile with too little room above for its height', () => {
    expect(placeTooltip(tile(600, 40), 1280, tooltip)).toEqual({ centreX: 632, y: 112, below: true });
    expect(placeTooltip(tile(600, 120), 1280, tooltip).below).toBe(false);
    expect(placeTooltip(tile(600, 120), 1280, { width: 200, height: 150 }).below).toBe(true);
  });

  it('centres it on a viewport narrower than the tooltip', () => {
    expect(placeTooltip(tile(10, 400), 180, tooltip).centreX).toBe(90);
  });
});
