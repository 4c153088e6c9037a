import type { Item, Objective } from './model.ts';

const numbers = new Intl.NumberFormat('en-US');

export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** A stack's count before its name ("1,200 Wild Reverie Shards"), as a captioned tile writes it. */
export function countedName(item: Item): string {
  return item.quantity > 1 ? `${formatNumber(item.quantity)} ${item.name}` : item.name;
}

/**
 * The tile's accessible name: starts with the item's name (with its count, `counted`, where the
 * tile writes them so: the name must contain what the tile shows), says when it is equipped.
 */
export function itemLabel(item: Item, { counted = false } = {}): string {
  const parts = [counted ? countedName(item) : item.name];
  const kind = [item.tierName, item.typeName].filter(Boolean).join(' ');
  if (kind) parts.push(kind);
  if (item.primaryStat) parts.push(`${item.primaryStat.value} ${item.primaryStat.name}`);
  if (item.damageType && item.damageType.kind !== 'kinetic') parts.push(item.damageType.name);
  if (item.quantity > 1 && !counted) parts.push(`quantity ${formatNumber(item.quantity)}`);
  for (const mark of item.marks ?? []) parts.push(mark.label);
  if (item.objectives?.length) parts.push(objectivesSummary(item.objectives));
  if (item.locked) parts.push('locked');
  if (item.isEquipped) parts.push('equipped');
  return parts.join(', ');
}

/** "45/100", or just "45" when the completion value is unknown. */
export function progressText(objective: Objective): string {
  const progress = formatNumber(objective.progress);
  return objective.completionValue > 0 ? `${progress}/${formatNumber(objective.completionValue)}` : progress;
}

/** What a tile says of its objectives: "Progress 45/100" for one, "2 of 3 objectives complete" for more. */
export function objectivesSummary(objectives: readonly Objective[]): string {
  const [only] = objectives;
  if (objectives.length === 1 && only) return only.complete ? 'Objective complete' : `Progress ${progressText(only)}`;
  const done = objectives.filter((objective) => objective.complete).length;
  return `${done} of ${objectives.length} objectives complete`;
}
