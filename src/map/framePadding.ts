import type { FitBoundsOptions } from 'leaflet';

/**
 * Room for the controls in the corners, and for markers drawn around their point — but never more than a
 * fifth of the map per side: in a 400×300 embed the map is under 100 px tall, and padding larger than the
 * map makes Leaflet's fitBounds fall back to its maximum zoom (a close-up of empty sea).
 */
export function framePadding(size: { x: number; y: number }): FitBoundsOptions {
  const side = (px: number, extent: number) => Math.max(0, Math.min(px, Math.floor(extent / 5)));
  return {
    paddingTopLeft: [side(60, size.x), side(40, size.y)],
    paddingBottomRight: [side(40, size.x), side(48, size.y)],
  };
}
