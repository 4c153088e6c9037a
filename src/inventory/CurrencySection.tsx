import { FoldOnPhone } from '../ui/FoldOnPhone.tsx';
import type { Currency } from './model.ts';
import { CurrencyList } from './CurrencyList.tsx';

/** The currencies of an inventory under their heading, folded on a phone ("Currencies (7)") so the items come first. */
export function CurrencySection({ currencies }: { currencies: Currency[] }) {
  return (
    <section aria-labelledby="currencies-heading">
      <FoldOnPhone
        name="currencies"
        summary={
          <>
            <h2 id="currencies-heading" className="text-sm font-semibold tracking-wide text-slate-300 uppercase">
              Currencies
            </h2>
            <span className="text-slate-400 tabular-nums">({currencies.length})</span>
          </>
        }
      >
        <CurrencyList currencies={currencies} />
      </FoldOnPhone>
    </section>
  );
}
