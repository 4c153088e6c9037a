import { describe, expect, it } from 'vitest';
import type { Currency } from './model.ts';
import { formatCountdown, rechargeView } from './recharge.ts';

const energy: Currency = { id: 'EN', name: 'EN', icon: null, amount: 4, recharge: { nextAt: 100_000, maximum: 10 } };

describe('rechargeView', () => {
  it('counts whole seconds down to the next increment', () => {
    expect(rechargeView(energy, 0)).toEqual({ amount: 4, full: false, secondsLeft: 100 });
    expect(rechargeView(energy, 98_500)).toEqual({ amount: 4, full: false, secondsLeft: 2 });
    expect(rechargeView(energy, 99_999)).toEqual({ amount: 4, full: false, secondsLeft: 1 });
  });

  it('advances the balance once the countdown runs out, and no further without new data', () => {
    expect(rechargeView(energy, 100_000)).toEqual({ amount: 5, full: false, secondsLeft: null });
    expect(rechargeView(energy, 10_000_000)).toEqual({ amount: 5, full: false, secondsLeft: null });
    expect(rechargeView({ ...energy, amount: 9 }, 100_000)).toEqual({ amount: 10, full: true, secondsLeft: null });
  });

  it('is full at or above the maximum, and plain without recharge', () => {
    expect(rechargeView({ ...energy, amount: 10 }, 0)).toEqual({ amount: 10, full: true, secondsLeft: null });
    expect(rechargeView({ ...energy, amount: 12 }, 0).full).toBe(true);
    expect(rechargeView({ id: 'GD', name: 'GD', icon: null, amount: 0 }, 0)).toEqual({
      amount: 0,
      full: false,
      secondsLeft: null,
    });
  });
});

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [59, '0:59'],
    [512, '8:32'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [90061, '25:01:01'],
  ])('%i s is %s', (seconds, text) => expect(formatCountdown(seconds)).toBe(text));
});
