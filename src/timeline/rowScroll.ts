/** A vertical extent on screen, as in a DOMRect. */
export interface VerticalBox {
  top: number;
  bottom: number;
}

/**
 * How far to scroll the rows so `box` lies in `view` with `margin` to spare: 0 when it already does, the
 * least move otherwise. A box taller than the view gets its top shown, where an item's label is.
 */
export function scrollDelta(box: VerticalBox, view: VerticalBox, margin: number): number {
  const above = box.top - margin - view.top;
  if (above < 0) return above;
  const below = box.bottom + margin - view.bottom;
  return below > 0 ? Math.min(below, above) : 0;
}
