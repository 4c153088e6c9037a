import { describe, expect, it } from 'vitest';
import type { Objective } from './model.ts';
import { objectivesSummary, progressText } from './item-label.ts';
import { objectiveFraction, objectivesFraction } from './objective-progress.ts';

const objective = (progress: number, completionValue: number, complete = false): Objective => ({
  description: 'Kills',
  progress,
  completionValue,
  complete,
});

describe('objective progress', () => {
  it('says one objective as progress against its completion value, and a finished one as complete', () => {
    expect(objectivesSummary([objective(45, 100)])).toBe('Progress 45/100');
    expect(objectivesSummary([objective(1500, 2000)])).toBe('Progress 1,500/2,000');
    expect(objectivesSummary([objective(5, 5, true)])).toBe('Objective complete');
    expect(objectivesSummary([objective(7, 0)])).toBe('Progress 7');
  });

  it('counts finished objectives when there are several', () => {
    expect(objectivesSummary([objective(5, 5, true), objective(1, 3), objective(3, 3, true)])).toBe(
      '2 of 3 objectives complete',
    );
  });

  it('measures fractions within 0 and 1, full when complete, empty when the completion value is unknown', () => {
    expect(objectiveFraction(objective(45, 100))).toBe(0.45);
    expect(objectiveFraction(objective(150, 100))).toBe(1);
    expect(objectiveFraction(objective(0, 0, true))).toBe(1);
    expect(objectiveFraction(objective(4, 0))).toBe(0);
    expect(objectivesFraction([objective(1, 2), objective(3, 3, true)])).toBe(0.75);
    expect(progressText(objective(3, 0))).toBe('3');
  });
});
