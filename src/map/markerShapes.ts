/**
 * SVG outlines for the marker shapes, in a 20×20 box. Static markup, never document text: the DivIcon
 * takes it as a string because a shared icon cannot share one DOM element between markers.
 */
import type { MarkerShape } from '../data/eventTypes.ts';

export const SHAPE_PATHS: Record<MarkerShape, string> = {
  circle: 'M10 3a7 7 0 1 1 0 14a7 7 0 1 1 0-14z',
  star: 'M10 1.5l2.2 4.6 5-1-2.3 4.6 3.6 3.6-5 .5-.4 5L10 15.5l-3.1 3.3-.4-5-5-.5 3.6-3.6L2.8 5.1l5 1z',
  triangle: 'M10 2.5l8 14H2z',
  square: 'M3.5 3.5h13v13h-13z',
  diamond: 'M10 1.8l8.2 8.2-8.2 8.2L1.8 10z',
  hexagon: 'M10 2l7 4v8l-7 4-7-4V6z',
  plus: 'M7 2.5h6v4.5h4.5v6H13v4.5H7V13H2.5V7H7z',
};

/** The `<svg>` for a shape; colour comes from CSS (`currentColor`), so one string serves every type. */
export function shapeSvg(shape: MarkerShape): string {
  return `<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path class="marker-shape" d="${SHAPE_PATHS[shape]}"/></svg>`;
}
