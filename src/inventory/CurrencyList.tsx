import { useNow } from '../ui/use-now.ts';
import type { Currency } from './model.ts';
import { formatNumber } from './item-label.ts';
import { formatCountdown, rechargeView } from './recharge.ts';

/**
 * Currency balances: a list labelled "Currencies", one entry per currency with name and amount.
 * Recharging balances count down to their next +1 from the fetched data, on one timer per list.
 */
export function CurrencyList({ currencies }: { currencies: Currency[] }) {
  const now = useNow(
    1000,
    currencies.some((currency) => currency.recharge),
  );
  if (currencies.length === 0) return <p className="text-sm text-slate-400">No currencies.</p>;
  return (
    <ul aria-label="Currencies" className="flex flex-wrap gap-2">
      {currencies.map((currency) => {
        const view = rechargeView(currency, now);
        return (
          <li
            key={currency.id}
            className="flex items-center gap-2 rounded-full border border-slate-700 bg-slate-900 py-1 pr-3 pl-1"
            title={currency.maximum ? `Maximum ${formatNumber(currency.maximum)}` : undefined}
          >
            {currency.icon ? (
              <img src={currency.icon} alt="" className="size-6 rounded-full" />
            ) : (
              <span aria-hidden="true" className="grid size-6 place-items-center rounded-full bg-slate-700 text-xs">
                ¤
              </span>
            )}
            <span className="text-sm text-slate-300">{currency.name}</span>
            <span className="text-sm font-semibold text-slate-50 tabular-nums">{formatNumber(view.amount)}</span>
            {currency.recharge && (
              <span className="text-xs text-slate-400 tabular-nums">
                {` / ${formatNumber(currency.recharge.maximum)} · `}
                {view.full
                  ? 'full'
                  : view.secondsLeft === null
                    ? 'recharged, refresh for the next'
                    : `+1 in ${formatCountdown(view.secondsLeft)}`}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
