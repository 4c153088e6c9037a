import { useMemo, type ReactNode } from 'react';
import { formatNumber } from '../item-label.ts';
import { StatDeltaBar } from '../StatDeltaBar.tsx';
import { deltaTone, formatDelta } from '../stat-deltas.ts';
import { CompareItemHeader } from './CompareItemHeader.tsx';
import { compareRows, type CompareEntry, type StatCell } from './compare-model.ts';

interface CompareViewProps {
  /** Two or more items, in the link's order. */
  entries: CompareEntry[];
  /** The id of the item the others are measured against. */
  referenceId: string;
  onReference: (id: string) => void;
}

const toneText = { better: 'text-emerald-300', worse: 'text-rose-300', same: 'text-slate-400' };
const rowHead = 'sticky left-0 z-10 bg-slate-950 py-2 pr-3 pl-3 text-left align-top text-sm font-medium text-slate-300';

/** Items side by side: a column each, a row per fact and stat, every value against the reference's as a signed number. */
export function CompareView({ entries, referenceId, onReference }: CompareViewProps) {
  const referenceIndex = Math.max(
    0,
    entries.findIndex((entry) => entry.id === referenceId),
  );
  const items = useMemo(() => entries.map((entry) => entry.item), [entries]);
  const rows = useMemo(() => compareRows(items, referenceIndex), [items, referenceIndex]);
  const cellClass = (index: number) => `min-w-36 px-3 py-2 align-top ${index === referenceIndex ? 'bg-slate-900' : ''}`;
  const row = (name: string, cell: (entry: CompareEntry, index: number) => ReactNode, key = name) => (
    <tr key={key} className="border-t border-slate-800">
      <th scope="row" className={rowHead}>
        {name}
      </th>
      {entries.map((entry, index) => (
        <td key={entry.id} className={cellClass(index)}>
          {cell(entry, index)}
        </td>
      ))}
    </tr>
  );

  return (
    // Relative, so the screen-reader-only text of columns scrolled out of view stays inside it too.
    <div className="relative overflow-x-auto rounded-lg border border-slate-800">
      <table aria-label="Comparison" className="w-full border-collapse text-sm">
        <thead>
          <tr>
            <td className="sticky left-0 z-10 bg-slate-950" />
            {entries.map((entry, index) => (
              <th key={entry.id} scope="col" className={`${cellClass(index)} font-normal`}>
                <CompareItemHeader
                  entry={entry}
                  column={index + 1}
                  isReference={index === referenceIndex}
                  onReference={() => onReference(entry.id)}
                />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row('Tier', ({ item }) =>
            item.tierName ? <span className="text-slate-200">{item.tierName}</span> : <Missing />,
          )}
          {row('Type', ({ item }) =>
            item.typeName ? <span className="text-slate-200">{item.typeName}</span> : <Missing />,
          )}
          {rows.map((stat) =>
            row(
              stat.name,
              (_, index) => <StatCellView cell={stat.cells[index] ?? null} maximum={stat.maximum} />,
              stat.id,
            ),
          )}
          {items.some((item) => item.perkNames?.length) &&
            row('Perks', ({ item }) =>
              item.perkNames?.length ? (
                <ul aria-label={`Perks of ${item.name}`} className="space-y-0.5 text-slate-200">
                  {item.perkNames.map((perk) => (
                    <li key={perk}>{perk}</li>
                  ))}
                </ul>
              ) : (
                <Missing />
              ),
            )}
        </tbody>
      </table>
    </div>
  );
}

/** A value, its signed difference from the reference's, and a bar where the stat has a scale. */
function StatCellView({ cell, maximum }: { cell: StatCell | null; maximum: number }) {
  if (!cell) return <Missing />;
  const change = cell.delta === null ? undefined : { from: cell.value - cell.delta, to: cell.value };
  // Inventory stats do not say which way is better: higher reads as better, the number says the rest.
  const tone = change ? deltaTone(change, false) : 'same';
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2 tabular-nums">
        <span className="font-semibold text-slate-50">{formatNumber(cell.value)}</span>
        {cell.delta !== null && <span className={`font-semibold ${toneText[tone]}`}>{formatDelta(cell.delta)}</span>}
      </div>
      {maximum > 0 && <StatDeltaBar value={cell.value} maximum={maximum} change={change} smallerIsBetter={false} />}
    </div>
  );
}

function Missing() {
  return (
    <span className="text-slate-400">
      <span aria-hidden="true">—</span>
      <span className="sr-only">none</span>
    </span>
  );
}
