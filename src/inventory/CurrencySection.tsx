import type { Currency } from './model.ts';
import { CurrencyList } from './CurrencyList.tsx';

/** The currencies of an inventory under their heading. */
export function CurrencySection({ currencies }: { currencies: Currency[] }) {
  return (
    <section aria-labelledby="currencies-heading" className="space-y-2">
      <h2 id="currencies-heading" className="text-sm font-semibold tracking-wide text-slate-400 uppercase">
        Currencies
      </h2>
      <CurrencyList currencies={currencies} />
    </section>
  );
}
