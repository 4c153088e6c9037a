import type { Objective } from './model.ts';

/** How far one objective has got, from 0 to 1; a complete one is full whatever its numbers say. */
export function objectiveFraction(objective: Objective): number {
  if (objective.complete) return 1;
  if (objective.completionValue <= 0) return 0;
  return Math.min(1, Math.max(0, objective.progress / objective.completionValue));
}

/** How far a quest or bounty has got as a whole: its objectives' fractions, averaged. */
export function objectivesFraction(objectives: readonly Objective[]): number {
  if (objectives.length === 0) return 0;
  return objectives.reduce((sum, objective) => sum + objectiveFraction(objective), 0) / objectives.length;
}
