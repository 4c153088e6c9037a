import type { DetailStat } from './model.ts';
import { formatNumber } from './item-label.ts';
import { StatDeltaBar } from './StatDeltaBar.tsx';
import { deltaTone, formatDelta, type StatChange } from './stat-deltas.ts';

interface StatListProps {
  /** The list's accessible name ("Stats", "Hidden stats"). */
  label: string;
  stats: readonly DetailStat[];
  changes: ReadonlyMap<string, StatChange>;
}

const toneText = { better: 'text-emerald-300', worse: 'text-rose-300', same: 'text-slate-400' };
const toneWords = { better: 'better', worse: 'worse', same: 'no change' };

/** One row per stat: name, bar (or a plain number for counts), value, and a signed delta where one is shown. */
export function StatList({ label, stats, changes }: StatListProps) {
  return (
    <ul aria-label={label} className="space-y-1.5">
      {stats.map((stat) => {
        const change = changes.get(stat.id);
        const tone = change ? deltaTone(change, stat.smallerIsBetter) : 'same';
        return (
          <li key={stat.id} className="grid grid-cols-[8.5rem_minmax(0,1fr)_2.75rem_3rem] items-center gap-3 text-sm">
            <span className="truncate text-slate-300">{stat.name}</span>
            {stat.display === 'bar' && stat.maximum ? (
              <StatDeltaBar
                value={stat.value}
                maximum={stat.maximum}
                change={change}
                smallerIsBetter={stat.smallerIsBetter}
              />
            ) : (
              <span aria-hidden="true" />
            )}
            <span className="text-right font-semibold text-slate-50 tabular-nums">{formatNumber(stat.value)}</span>
            <span className={`text-right font-semibold tabular-nums ${toneText[tone]}`}>
              {change && (
                <>
                  {formatDelta(change.to - change.from)}
                  <span className="sr-only"> ({toneWords[tone]})</span>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
