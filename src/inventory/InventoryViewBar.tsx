import { CompareModeToggle } from './compare/CompareModeToggle.tsx';
import type { InventoryView } from './organizer/use-organizer-params.ts';
import { ViewToggle } from './organizer/ViewToggle.tsx';

/** Above the items: grid or organizer, and, on the grid, the mode that picks tiles for a comparison. */
export function InventoryViewBar({ view }: { view: InventoryView }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <ViewToggle current={view} />
      {view === 'grid' && <CompareModeToggle />}
    </div>
  );
}
