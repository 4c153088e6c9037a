import { progressText } from './item-label.ts';
import type { Objective } from './model.ts';

/** A quest's or bounty's objectives: what to do, progress against the completion value, and whether each is done, in words. */
export function ObjectiveList({ objectives }: { objectives: readonly Objective[] }) {
  return (
    <ul aria-label="Objectives" className="space-y-3">
      {objectives.map((objective, index) => {
        const description = objective.description || `Objective ${index + 1}`;
        return (
          // Objectives have no id of their own here, and their order never changes.
          <li key={index} className="space-y-1.5 text-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <span className="text-slate-200">{description}</span>
              <span className="flex items-baseline gap-2">
                <span className="font-semibold text-slate-50 tabular-nums">{progressText(objective)}</span>
                <span
                  className={`rounded px-1.5 py-0.5 text-xs font-medium ${objective.complete ? 'bg-emerald-900/60 text-emerald-200' : 'bg-slate-800 text-slate-300'}`}
                >
                  {objective.complete ? (
                    <>
                      <span aria-hidden="true">✓ </span>Complete
                    </>
                  ) : (
                    'In progress'
                  )}
                </span>
              </span>
            </div>
            {objective.completionValue > 0 && (
              <progress
                aria-label={`${description}: progress`}
                value={Math.min(objective.progress, objective.completionValue)}
                max={objective.completionValue}
                className={`block h-1.5 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-800 ${
                  objective.complete
                    ? '[&::-moz-progress-bar]:bg-emerald-400 [&::-webkit-progress-value]:bg-emerald-400'
                    : '[&::-moz-progress-bar]:bg-amber-300 [&::-webkit-progress-value]:bg-amber-300'
                }`}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
