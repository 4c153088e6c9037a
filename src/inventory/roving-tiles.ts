/**
 * One tab stop per bucket (a roving tab index): the bucket's tiles are reached with Tab once, then
 * with the arrow keys, Home and End. Kept in the page, not in React state, so moving focus through
 * a 10,000-item vault re-renders nothing; the bucket remembers its stop by item key
 * (`data-tab-stop`), because a virtualised row reuses its tile elements for other items.
 */
const TILE = '[data-tile]';

function tilesOf(bucket: HTMLElement): HTMLElement[] {
  return [...bucket.querySelectorAll<HTMLElement>(TILE)];
}

/** Makes the remembered tile (or, if it is not drawn, the first) the bucket's only tab stop. */
export function syncTabStop(bucket: HTMLElement | null): void {
  if (!bucket) return;
  const tiles = tilesOf(bucket);
  const stopKey = bucket.dataset.tabStop;
  const stop = tiles.find((tile) => tile.dataset.key === stopKey) ?? tiles[0];
  for (const tile of tiles) {
    const index = tile === stop ? 0 : -1;
    if (tile.tabIndex !== index) tile.tabIndex = index;
  }
}

/** Remembers a focused tile as its bucket's tab stop. */
export function takeTabStop(bucket: HTMLElement, tile: HTMLElement): void {
  bucket.dataset.tabStop = tile.dataset.key;
  syncTabStop(bucket);
}

const centre = (rect: DOMRect) => rect.left + rect.width / 2;

/** The tile in the next row down (or up) nearest below (above) `from`'s centre: rows differ in length and the equipped item stands apart. */
function tileInRow(tiles: HTMLElement[], from: HTMLElement, direction: 1 | -1): HTMLElement | undefined {
  const here = from.getBoundingClientRect();
  const others = tiles
    .map((tile) => ({ tile, rect: tile.getBoundingClientRect() }))
    .filter(({ rect }) => (direction === 1 ? rect.top > here.top + 4 : rect.top < here.top - 4));
  if (others.length === 0) return undefined;
  const rowTop =
    direction === 1 ? Math.min(...others.map((o) => o.rect.top)) : Math.max(...others.map((o) => o.rect.top));
  const row = others.filter(({ rect }) => Math.abs(rect.top - rowTop) < 4);
  row.sort((a, b) => Math.abs(centre(a.rect) - centre(here)) - Math.abs(centre(b.rect) - centre(here)));
  return row[0]?.tile;
}

/** The tile a key moves to from `from`, or undefined when the key is not for moving (or there is nowhere to go). */
export function tileForKey(bucket: HTMLElement, from: HTMLElement, key: string): HTMLElement | undefined {
  const tiles = tilesOf(bucket);
  const index = tiles.indexOf(from);
  if (index < 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return tiles[index + 1];
    case 'ArrowLeft':
      return tiles[index - 1];
    case 'ArrowDown':
      return tileInRow(tiles, from, 1);
    case 'ArrowUp':
      return tileInRow(tiles, from, -1);
    case 'Home':
      return tiles[0];
    case 'End':
      return tiles.at(-1);
    default:
      return undefined;
  }
}
