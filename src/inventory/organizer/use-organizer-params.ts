import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { withParam } from '../search/with-param.ts';
import { readOrganizerSort, type OrganizerSort } from './sort-rows.ts';

export interface OrganizerParams {
  sort: OrganizerSort | null;
  setSort(next: OrganizerSort): void;
}

export type InventoryView = 'grid' | 'organizer';

/** Grid or organizer, from `?view=` (absent is the grid). */
export function useInventoryView(): InventoryView {
  const [params] = useSearchParams();
  return params.get('view') === 'organizer' ? 'organizer' : 'grid';
}

/** The organizer's order, kept in `?ocol=&odir=` so a sorted table is a link. */
export function useOrganizerParams(): OrganizerParams {
  const [params, setParams] = useSearchParams();
  const sort = readOrganizerSort(params);
  const setSort = useCallback(
    (next: OrganizerSort) =>
      setParams((previous) => withParam(withParam(previous, 'ocol', next.column), 'odir', next.direction), {
        replace: true,
        preventScrollReset: true,
      }),
    [setParams],
  );
  return { sort, setSort };
}
