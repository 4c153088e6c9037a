/**
 * The Xbox views, side by side: an item is not nested in the inventory, whose filters live in its
 * query string and which the item page does not read.
 */
export const xboxPatterns = {
  inventory: '/xbox/inventory',
  item: '/xbox/items/:itemId',
  compare: '/xbox/compare',
} as const;
