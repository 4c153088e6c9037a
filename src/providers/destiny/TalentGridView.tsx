import { useRef } from 'react';
import type { TalentGrid, TalentNode } from './talent-grid.ts';
import { TalentNodeButton } from './TalentNodeButton.tsx';
import { useOverflows } from './use-overflows.ts';

interface TalentGridViewProps {
  grid: TalentGrid;
  chosen: TalentNode | null;
  onChoose: (node: TalentNode) => void;
}

const legend = [
  ['border-accent bg-slate-700', 'Active'],
  ['border-emerald-400/70 border-dashed', 'Can be activated'],
  ['border-slate-700 bg-slate-900', 'Locked'],
] as const;

/**
 * Nodes where the grid definition puts them; a column of alternatives sits in a "one of" frame.
 * Narrower columns on a phone fit six; a wider grid scrolls sideways and says so.
 */
export function TalentGridView({ grid, chosen, onChoose }: TalentGridViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(scroller);
  return (
    <div className="space-y-4">
      {overflows && (
        <p className="text-xs text-slate-400">
          More nodes to the right: scroll the grid sideways <span aria-hidden="true">→</span>
        </p>
      )}
      <div ref={scroller} className="overflow-x-auto pt-12 pb-2">
        <div
          role="group"
          aria-label="Talent grid"
          className="grid w-max gap-x-2 gap-y-5 [--node-column:2.75rem] sm:gap-x-4 sm:[--node-column:4.5rem]"
          style={{
            gridTemplateColumns: `repeat(${grid.columns}, var(--node-column))`,
            gridTemplateRows: `auto repeat(${grid.rows}, 4rem)`,
          }}
        >
          {grid.exclusiveColumns.map((column) => (
            <div
              key={`one-of-${column}`}
              aria-hidden="true"
              className="-mx-1 rounded-lg border border-dashed border-slate-600 bg-slate-800/40"
              style={{ gridColumn: column + 1, gridRow: `1 / span ${grid.rows + 1}` }}
            />
          ))}
          {grid.exclusiveColumns.map((column) => (
            <p
              key={`label-${column}`}
              className="relative pt-1 text-center text-[10px] font-semibold text-slate-400 uppercase sm:text-[11px] sm:tracking-wide"
              style={{ gridColumn: column + 1, gridRow: 1 }}
            >
              One of
            </p>
          ))}
          {grid.nodes.map((node) => (
            <div
              key={node.index}
              className="relative grid place-items-center"
              style={{ gridColumn: node.column + 1, gridRow: node.row + 2 }}
            >
              <TalentNodeButton node={node} chosen={chosen?.index === node.index} onChoose={onChoose} />
            </div>
          ))}
        </div>
      </div>
      <ul aria-label="Legend" className="flex flex-wrap gap-4 text-xs text-slate-400">
        {legend.map(([frame, text]) => (
          <li key={text} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`size-3 rounded-full border-2 ${frame}`} />
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
