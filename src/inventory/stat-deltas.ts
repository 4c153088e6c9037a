import type { DetailStat, StatValue } from './model.ts';

/** A stat moving from one value to another: a node being activated, or this item against the equipped one. */
export interface StatChange {
  from: number;
  to: number;
}

export type DeltaTone = 'better' | 'worse' | 'same';

/** Signed, with an ASCII minus so it reads (and matches) the same everywhere: `+7`, `-4`. */
export function formatDelta(delta: number): string {
  return delta > 0 ? `+${delta}` : String(delta);
}

export function deltaTone(change: StatChange, smallerIsBetter: boolean): DeltaTone {
  const delta = change.to - change.from;
  if (delta === 0) return 'same';
  return delta > 0 !== smallerIsBetter ? 'better' : 'worse';
}

/** Each stat shown, moved by a signed delta per stat id (what activating a talent node would do). */
export function applyDeltas(
  stats: readonly DetailStat[],
  deltas: ReadonlyMap<string, number>,
): Map<string, StatChange> {
  const changes = new Map<string, StatChange>();
  for (const stat of stats) {
    const delta = deltas.get(stat.id);
    if (delta) changes.set(stat.id, { from: stat.value, to: stat.value + delta });
  }
  return changes;
}

/** This item's stats against another's, for the stats both have: from theirs to ours. */
export function compareStats(stats: readonly DetailStat[], other: readonly StatValue[]): Map<string, StatChange> {
  const theirs = new Map(other.map((stat) => [stat.id, stat.value]));
  const changes = new Map<string, StatChange>();
  for (const stat of stats) {
    const value = theirs.get(stat.id);
    if (value !== undefined && value !== stat.value) changes.set(stat.id, { from: value, to: stat.value });
  }
  return changes;
}

export interface BarSegments {
  /** Solid part, percent of the track: the smaller of the two values. */
  base: number;
  /** Coloured part after it, percent of the track: the difference. */
  delta: number;
}

/** Bar geometry against a maximum; a change past the maximum widens the scale, so its segment still shows. */
export function barSegments(value: number, maximum: number, change?: StatChange): BarSegments {
  const scale = Math.max(maximum, value, change?.from ?? 0, change?.to ?? 0);
  const percent = (n: number) => (scale > 0 ? Math.max(0, (n / scale) * 100) : 0);
  if (!change) return { base: percent(value), delta: 0 };
  const low = percent(Math.min(change.from, change.to));
  return { base: low, delta: percent(Math.max(change.from, change.to)) - low };
}
