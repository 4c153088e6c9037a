/** Half the tooltip's widest (max-w-56, 14rem) plus a margin: a centre closer to an edge than this is moved in. */
const HALF_WIDTH_PX = 120;
/** Room a tooltip of a few lines needs above its tile; with less, it goes below. */
const ROOM_ABOVE_PX = 96;
const GAP_PX = 8;

export interface TooltipPlacement {
  /** The tooltip's horizontal centre, in viewport pixels. */
  centreX: number;
  /** Its bottom edge when above the tile, its top edge when below. */
  y: number;
  below: boolean;
}

/** Above the tile and centred on it, but never past the viewport's edges: tiles sit at both ends of a row and at the top of a scrolled page. */
export function placeTooltip(tile: Pick<DOMRect, 'left' | 'width' | 'top' | 'bottom'>, viewportWidth: number): TooltipPlacement {
  const centre = tile.left + tile.width / 2;
  const centreX = viewportWidth < 2 * HALF_WIDTH_PX ? viewportWidth / 2 : Math.min(Math.max(centre, HALF_WIDTH_PX), viewportWidth - HALF_WIDTH_PX);
  const below = tile.top < ROOM_ABOVE_PX;
  return { centreX, y: below ? tile.bottom + GAP_PX : tile.top - GAP_PX, below };
}
