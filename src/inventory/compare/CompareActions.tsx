import { Link } from 'react-router';
import { compareHref } from './compare-params.ts';
import { toggleChosen } from './compare-store.ts';
import { useChosenIds } from './use-chosen-ids.ts';

interface CompareActionsProps {
  /** The compare page's path of the scope this item belongs to. */
  scope: string;
  /** The item's id in compare links. */
  id: string;
  /** Every item of its type the page knows of, this one first: compared at once with this one as reference. */
  sameTypeIds: readonly string[];
}

const button = 'rounded-md border border-slate-600 px-3 py-1.5 text-sm font-semibold text-slate-100 hover:bg-slate-800';

/** On an item page: add it to the items chosen for comparison, compare them, or compare it with others of its type. */
export function CompareActions({ scope, id, sameTypeIds }: CompareActionsProps) {
  const chosen = useChosenIds(scope);
  const isChosen = chosen.includes(id);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-pressed={isChosen}
        onClick={() => toggleChosen(scope, id)}
        className={`${button} aria-pressed:border-sky-300 aria-pressed:bg-slate-800`}
      >
        {isChosen && <span aria-hidden="true">✓ </span>}
        Add to compare
      </button>
      {chosen.length >= 2 && (
        <Link to={compareHref(scope, chosen)} className={button}>
          Compare {chosen.length} items
        </Link>
      )}
      {sameTypeIds.length >= 2 && (
        <Link to={compareHref(scope, sameTypeIds, id)} className={button}>
          Compare with others of this type ({sameTypeIds.length - 1})
        </Link>
      )}
    </div>
  );
}
