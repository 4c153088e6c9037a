import type { Currency } from './model.ts';
import { formatNumber } from './item-label.ts';

/** Currency balances: a list labelled "Currencies", one entry per currency with name and amount. */
export function CurrencyList({ currencies }: { currencies: Currency[] }) {
  if (currencies.length === 0) return <p className="text-sm text-slate-500">No currencies.</p>;
  return (
    <ul aria-label="Currencies" className="flex flex-wrap gap-2">
      {currencies.map((currency) => (
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
          <span className="text-sm font-semibold text-slate-50 tabular-nums">{formatNumber(currency.amount)}</span>
        </li>
      ))}
    </ul>
  );
}
