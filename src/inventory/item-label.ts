import type { Item } from './model.ts';

const numbers = new Intl.NumberFormat('en-US');

export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** The tile's accessible name: starts with the item's name, says when it is equipped. */
export function itemLabel(item: Item): string {
  const parts = [item.name];
  const kind = [item.tierName, item.typeName].filter(Boolean).join(' ');
  if (kind) parts.push(kind);
  if (item.primaryStat) parts.push(`${item.primaryStat.value} ${item.primaryStat.name}`);
  if (item.damageType && item.damageType.kind !== 'kinetic') parts.push(item.damageType.name);
  if (item.quantity > 1) parts.push(`quantity ${formatNumber(item.quantity)}`);
  for (const mark of item.marks ?? []) parts.push(mark.label);
  if (item.locked) parts.push('locked');
  if (item.isEquipped) parts.push('equipped');
  return parts.join(', ');
}
