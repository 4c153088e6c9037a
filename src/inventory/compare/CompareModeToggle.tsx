import { useSearchParams } from 'react-router';
import { CHOOSE_PARAM, useCompareScope } from './compare-scope.ts';

/** Turns the page's tiles into choosers for a comparison and back; the mode lives in the URL (`?choose=1`). */
export function CompareModeToggle() {
  const compare = useCompareScope();
  const [, setSearch] = useSearchParams();
  if (!compare) return null;
  const toggle = () =>
    setSearch(
      (search) => {
        if (compare.choosing) search.delete(CHOOSE_PARAM);
        else search.set(CHOOSE_PARAM, '1');
        return search;
      },
      { replace: true, preventScrollReset: true },
    );
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        aria-pressed={compare.choosing}
        onClick={toggle}
        className="rounded-md border border-slate-600 px-3 py-1.5 text-sm font-semibold text-slate-100 hover:bg-slate-800 aria-pressed:border-sky-300 aria-pressed:bg-slate-800"
      >
        Choose items to compare
      </button>
      {compare.choosing && (
        <p className="text-sm text-slate-400">
          Select tiles to add them to the comparison; select again to take them out.
        </p>
      )}
    </div>
  );
}
