import { toAppError } from '../../inventory/app-error.ts';
import type { CatalogState } from './catalog-store.ts';

/** When the Store has not named some products: why, and a retry. The inventory itself stays. */
export function CatalogNotice({ catalog }: { catalog: CatalogState }) {
  if (catalog.failed === 0) return null;
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-500/40 bg-amber-950/40 px-4 py-3 text-sm text-amber-100"
    >
      <p>
        The Store catalog did not answer, so names and box art are missing: items show their type and product id.{' '}
        {catalog.error && toAppError(catalog.error).message}
      </p>
      <button
        type="button"
        onClick={catalog.retry}
        className="rounded-md border border-amber-300/60 px-3 py-1.5 font-semibold text-amber-50 hover:bg-amber-900/60"
      >
        Retry
      </button>
    </div>
  );
}
