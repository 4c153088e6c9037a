import { formatNumber } from './item-label.ts';
import type { ItemDetail } from './model.ts';

/** Level and XP, equip requirements, stack size and where it is kept: only the facts the item has. */
export function ItemFacts({ detail }: { detail: ItemDetail }) {
  const { item, progress, requiredLevel, equipBlockers, bucketName } = detail;
  const stackable = item.maxStackSize > 1;
  if (!progress && !requiredLevel && !stackable && !bucketName && equipBlockers.length === 0) return null;
  return (
    <div className="mt-4 space-y-3">
      <dl className="flex flex-wrap gap-x-8 gap-y-3 text-sm">
        {progress && (
          <div className="min-w-48">
            <dt className="text-slate-400">Item level {progress.level}</dt>
            {progress.complete ? (
              // XP past this point unlocks nothing, so a count towards the next level would mislead.
              <dd className="text-slate-200">Fully upgraded</dd>
            ) : (
              <dd className="space-y-1">
                <span className="text-slate-200 tabular-nums">
                  {formatNumber(progress.current)} / {formatNumber(progress.next)} XP to level {progress.level + 1}
                </span>
                <progress
                  aria-label="XP to the next level"
                  value={Math.min(progress.current, progress.next)}
                  max={progress.next}
                  className="block h-1.5 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-slate-800 [&::-webkit-progress-value]:bg-accent"
                />
              </dd>
            )}
          </div>
        )}
        {requiredLevel !== undefined && (
          <div>
            <dt className="text-slate-400">Requires</dt>
            <dd className="text-slate-200">Level {requiredLevel}</dd>
          </div>
        )}
        {stackable && (
          <div>
            <dt className="text-slate-400">Stack</dt>
            <dd className="text-slate-200 tabular-nums">
              {formatNumber(item.quantity)} of {formatNumber(item.maxStackSize)}
            </dd>
          </div>
        )}
        {bucketName && (
          <div>
            <dt className="text-slate-400">Kept in</dt>
            <dd className="text-slate-200">{bucketName}</dd>
          </div>
        )}
      </dl>
      {equipBlockers.length > 0 && (
        <ul aria-label="Cannot be equipped" className="space-y-1 text-sm text-amber-200">
          {equipBlockers.map((reason) => (
            <li key={reason}>Cannot be equipped: {reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
