import type { Objective } from '../../inventory/model.ts';
import type { RawDefinitions, RawItemInstance } from './schema.ts';

type RawObjective = NonNullable<RawItemInstance['objectives']>[number];

/** An instance's objectives with what their definitions say; without definitions, the progress alone. */
export function adaptObjectives(definitions: RawDefinitions, objectives: readonly RawObjective[]): Objective[] {
  return objectives.map(({ objectiveHash, progress, isComplete }) => {
    const definition = definitions.objectives[objectiveHash];
    const completionValue = definition?.completionValue ?? 0;
    return {
      description: definition?.displayDescription ?? '',
      progress,
      completionValue,
      // An answer that leaves isComplete out: the completion value decides, where it is known.
      complete: isComplete ?? (completionValue > 0 && progress >= completionValue),
    };
  });
}
