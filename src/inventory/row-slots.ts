/**
 * Gives each drawn row a slot, the key of the element that draws it. A row keeps its slot while it
 * stays drawn; a row coming into view takes a slot freed by one leaving it. While scrolling, React
 * then fills existing row elements with new tiles instead of removing some and creating others,
 * which costs a fraction of the work.
 */
export function assignRowSlots(previous: ReadonlyMap<number, number>, rows: readonly number[]): Map<number, number> {
  const next = new Map<number, number>();
  const used = new Set<number>();
  for (const row of rows) {
    const slot = previous.get(row);
    if (slot !== undefined) {
      next.set(row, slot);
      used.add(slot);
    }
  }
  const free = [...previous.values()].filter((slot) => !used.has(slot));
  let fresh = previous.size;
  for (const row of rows) {
    if (next.has(row)) continue;
    let slot = free.pop();
    while (slot === undefined && used.has(fresh)) fresh++;
    slot ??= fresh++;
    next.set(row, slot);
    used.add(slot);
  }
  return next;
}
