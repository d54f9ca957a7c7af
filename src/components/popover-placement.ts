/** A box in viewport coordinates (getBoundingClientRect's terms). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a popover goes, relative to its anchor's top-left corner, and the most room it may take. */
export interface Placement {
  left: number;
  /** Set when the popover opens below the anchor; otherwise `bottom` is, and it opens above. */
  top?: number;
  bottom?: number;
  maxWidth: number;
  maxHeight: number;
}

/** Space kept between a popover and the viewport's edges, and between it and its anchor. */
const MARGIN = 8;
const GAP = 4;

/**
 * Places a popover of its natural size beside its anchor so that all of it stays inside the viewport:
 * right-aligned with the anchor (the export button sits at a card's right), flipped to left-aligned where
 * that would cross the left edge, slid inside where neither fits, and narrowed to the viewport at worst.
 * It opens below the anchor, or above where there is more room there and too little below; its height is
 * capped to the room it has (the popover then scrolls inside).
 */
export function placePopover(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const maxWidth = Math.max(0, viewport.width - 2 * MARGIN);
  const width = Math.min(size.width, maxWidth);
  const fits = (x: number) => x >= MARGIN && x + width <= viewport.width - MARGIN;
  const rightAligned = anchor.right - width;
  const leftAligned = anchor.left;
  let x: number;
  if (fits(rightAligned)) x = rightAligned;
  else if (fits(leftAligned)) x = leftAligned;
  else x = Math.min(Math.max(rightAligned, MARGIN), viewport.width - MARGIN - width);

  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const height = anchor.bottom - anchor.top;
  const down = size.height <= below || below >= above;
  const maxHeight = Math.max(0, down ? below : above);
  return {
    left: x - anchor.left,
    ...(down ? { top: height + GAP } : { bottom: height + GAP }),
    maxWidth,
    maxHeight,
  };
}
