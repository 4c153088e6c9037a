import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { withParam } from '../search/with-param.ts';
import { readOrganizerSort, type OrganizerSort } from './sort-rows.ts';

export type InventoryView = 'grid' | 'organizer';

/** Grid or organizer, from `?view=` (absent is the grid). */
export const readInventoryView = (params: URLSearchParams): InventoryView =>
  params.get('view') === 'organizer' ? 'organizer' : 'grid';

export function useInventoryView(): InventoryView {
  const [params] = useSearchParams();
  return readInventoryView(params);
}

export interface OrganizerParams {
  sort: OrganizerSort | null;
  setSort(next: OrganizerSort): void;
}

/**
 * The organizer's order, kept in `?ocol=&odir=` so a sorted table is a link. A click's order is
 * drawn at once and written to the URL after that frame is painted: a URL change is a router
 * navigation and a history entry, work the table need not wait for. Until the URL changes, the
 * click's order is shown; once it does (the write landing, or Back), the URL's is.
 */
export function useOrganizerParams(): OrganizerParams {
  const [params, setParams] = useSearchParams();
  const inUrl = `${params.get('ocol')} ${params.get('odir')}`;
  const [chosen, setChosen] = useState<{ sort: OrganizerSort; over: string } | null>(null);
  // The URL moved on: the click is forgotten, so a later link back to this URL shows the URL's order.
  if (chosen && chosen.over !== inUrl) setChosen(null);
  const sort = chosen?.over === inUrl ? chosen.sort : readOrganizerSort(params);
  // Two clicks before a write: both writes write the last.
  const latest = useRef<OrganizerSort | null>(null);
  // A write still waiting when the page goes would land on the next page's URL.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const setSort = useCallback(
    (next: OrganizerSort) => {
      latest.current = next;
      setChosen({ sort: next, over: inUrl });
      requestAnimationFrame(() => {
        setTimeout(() => {
          const written = latest.current;
          if (!written || !mounted.current) return;
          setParams((previous) => withParam(withParam(previous, 'ocol', written.column), 'odir', written.direction), {
            replace: true,
            preventScrollReset: true,
          });
        });
      });
    },
    [inUrl, setParams],
  );
  return { sort, setSort };
}
