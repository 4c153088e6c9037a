import { Link } from 'react-router';
import type { InventorySearch } from '../../inventory/search/use-inventory-search.ts';
import { filterConflicts } from './filter-conflicts.ts';
import type { XboxFilters } from './filters.ts';
import { xboxPaths } from './paths.ts';

interface SearchCoverageProps {
  search: InventorySearch;
  filters: XboxFilters;
  /** Entitlements loaded so far, and how many the service says there are. */
  loaded: number;
  total: number | null;
  complete: boolean;
}

/**
 * Beside the search's count: whether it covers every entitlement yet, and, when it finds nothing,
 * which of the view's own filters left nothing for it to find.
 */
export function SearchCoverage({ search, filters, loaded, total, complete }: SearchCoverageProps) {
  if (!search.query) return null;
  const conflicts = search.matchCount === 0 ? filterConflicts(search.query, filters) : [];
  if (complete && conflicts.length === 0) return null;
  return (
    <div className="space-y-2 text-sm">
      {!complete && (
        <p role="status" className="text-slate-300">
          Not complete yet: this search covers the {loaded.toLocaleString('en-US')} of{' '}
          {(total ?? loaded).toLocaleString('en-US')} entitlements loaded so far; the rest are loading.
        </p>
      )}
      {conflicts.map((conflict) => (
        <p
          key={conflict.term}
          role="note"
          className="rounded-lg border border-amber-500/40 bg-amber-950/40 px-4 py-3 text-amber-100"
        >
          <code className="font-semibold">{conflict.term}</code> finds nothing here because {conflict.reason}.{' '}
          <Link
            className="font-semibold underline"
            to={`${xboxPaths.inventory(conflict.fix)}${xboxPaths.inventory(conflict.fix).includes('?') ? '&' : '?'}q=${encodeURIComponent(search.query)}`}
          >
            {conflict.fixLabel}
          </Link>
        </p>
      ))}
    </div>
  );
}
