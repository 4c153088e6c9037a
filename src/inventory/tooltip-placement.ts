/** Space kept between the tooltip and the viewport's edges, and between it and its tile. */
const EDGE_PX = 8;
const GAP_PX = 8;

export interface TooltipPlacement {
  /** The tooltip's horizontal centre, in viewport pixels. */
  centreX: number;
  /** Its bottom edge when above the tile, its top edge when below. */
  y: number;
  below: boolean;
}

/**
 * Above the tile and centred on it, but never past the viewport's edges: tiles sit at both ends of
 * a row and at the top of a scrolled page. `tooltip` is the tooltip's own measured size.
 */
export function placeTooltip(
  tile: Pick<DOMRect, 'left' | 'width' | 'top' | 'bottom'>,
  viewportWidth: number,
  tooltip: { width: number; height: number },
): TooltipPlacement {
  const half = tooltip.width / 2 + EDGE_PX;
  const centre = tile.left + tile.width / 2;
  const centreX = viewportWidth < 2 * half ? viewportWidth / 2 : Math.min(Math.max(centre, half), viewportWidth - half);
  const below = tile.top - GAP_PX - tooltip.height < EDGE_PX;
  return { centreX, y: below ? tile.bottom + GAP_PX : tile.top - GAP_PX, below };
}
