import type { Currency } from './model.ts';

export interface RechargeView {
  /** The balance to show: one more once the countdown has run out. */
  amount: number;
  full: boolean;
  /** Whole seconds to the next +1, or null when full or already recharged. */
  secondsLeft: number | null;
}

/**
 * Where a recharging balance stands at `now`, from the data already fetched. The format gives
 * only the next increment, not the period, so after it the view waits for fresh data.
 */
export function rechargeView(currency: Currency, now: number): RechargeView {
  const recharge = currency.recharge;
  if (!recharge) return { amount: currency.amount, full: false, secondsLeft: null };
  if (currency.amount >= recharge.maximum) return { amount: currency.amount, full: true, secondsLeft: null };
  const secondsLeft = Math.ceil((recharge.nextAt - now) / 1000);
  if (secondsLeft > 0) return { amount: currency.amount, full: false, secondsLeft };
  const amount = currency.amount + 1;
  return { amount, full: amount >= recharge.maximum, secondsLeft: null };
}

/** `m:ss`, or `h:mm:ss` from an hour up. */
export function formatCountdown(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
