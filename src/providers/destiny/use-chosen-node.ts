import { useSearchParams } from 'react-router';
import type { TalentGrid, TalentNode } from './talent-grid.ts';

/** The node named by `?node=` (its index in the grid); anything else, malformed or not in this grid, chooses none. */
export function chosenNode(grid: TalentGrid | null, value: string | null): TalentNode | null {
  if (!grid || value === null || !/^\d{1,4}$/.test(value)) return null;
  const index = Number(value);
  return grid.nodes.find((node) => node.index === index) ?? null;
}

/**
 * The chosen talent node, kept in `?node=` so a shared link shows it too. Choosing replaces the
 * history entry: Back still leaves the page rather than stepping through every node tried.
 */
export function useChosenNode(grid: TalentGrid | null): [TalentNode | null, (node: TalentNode | null) => void] {
  const [params, setParams] = useSearchParams();
  const choose = (node: TalentNode | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (node) next.set('node', String(node.index));
        else next.delete('node');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return [chosenNode(grid, params.get('node')), choose];
}
