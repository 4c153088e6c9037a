/**
 * The demo title's virtual currencies. Recharging ones tick on a fixed period from the Unix epoch,
 * so the next recharge moves on with the clock, as on a live title.
 */

interface DemoCurrency {
  code: string;
  balance: number;
  recharge?: { max: number; periodSeconds: number };
}

const byLoadout: DemoCurrency[][] = [
  [
    { code: 'GD', balance: 1250 },
    { code: 'GM', balance: 0 },
    { code: 'EN', balance: 4, recharge: { max: 10, periodSeconds: 600 } },
    { code: 'ST', balance: 0, recharge: { max: 5, periodSeconds: 95 } },
  ],
  [
    { code: 'GD', balance: 87 },
    { code: 'GM', balance: 45 },
    { code: 'EN', balance: 10, recharge: { max: 10, periodSeconds: 600 } },
    { code: 'ST', balance: 3, recharge: { max: 5, periodSeconds: 95 } },
  ],
  [
    { code: 'GD', balance: 0 },
    { code: 'GM', balance: 1200 },
    { code: 'EN', balance: 1, recharge: { max: 10, periodSeconds: 600 } },
    { code: 'ST', balance: 5, recharge: { max: 5, periodSeconds: 95 } },
  ],
];

/** `VirtualCurrency` lists every currency, zeros included; recharge times only the recharging ones, full or not. */
export function currenciesFor(loadout: number, nowMs: number) {
  const currencies = byLoadout[loadout % byLoadout.length]!;
  const VirtualCurrency: Record<string, number> = {};
  const VirtualCurrencyRechargeTimes: Record<
    string,
    { SecondsToRecharge: number; RechargeTime: string; RechargeMax: number }
  > = {};
  const nowSeconds = Math.floor(nowMs / 1000);
  for (const currency of currencies) {
    VirtualCurrency[currency.code] = currency.balance;
    if (!currency.recharge) continue;
    const seconds = currency.recharge.periodSeconds - (nowSeconds % currency.recharge.periodSeconds);
    VirtualCurrencyRechargeTimes[currency.code] = {
      SecondsToRecharge: seconds,
      RechargeTime: new Date((nowSeconds + seconds) * 1000 + 16).toISOString(),
      RechargeMax: currency.recharge.max,
    };
  }
  return { VirtualCurrency, VirtualCurrencyRechargeTimes };
}
