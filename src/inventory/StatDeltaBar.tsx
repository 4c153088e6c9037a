import { barSegments, deltaTone, type StatChange } from './stat-deltas.ts';

interface StatDeltaBarProps {
  value: number;
  maximum: number;
  change?: StatChange;
  smallerIsBetter: boolean;
}

const toneFill = { better: 'bg-emerald-400', worse: 'bg-rose-500', same: 'bg-slate-500' };

/** A stat against its maximum; a change adds a green or red segment between the two values. */
export function StatDeltaBar({ value, maximum, change, smallerIsBetter }: StatDeltaBarProps) {
  const { base, delta } = barSegments(value, maximum, change);
  const tone = change ? deltaTone(change, smallerIsBetter) : 'same';
  return (
    <div aria-hidden="true" className="relative h-2.5 overflow-hidden rounded-sm bg-slate-800">
      <div className="absolute inset-y-0 left-0 bg-slate-200" style={{ width: `${base}%` }} />
      {delta > 0 && (
        <div
          data-tone={tone}
          className={`absolute inset-y-0 ${toneFill[tone]}`}
          style={{ left: `${base}%`, width: `${delta}%` }}
        />
      )}
    </div>
  );
}
