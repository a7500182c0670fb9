import type { PixelBox } from './labelCollisions.ts';

/**
 * Where a city's name can go around its dot, in order of preference; map.css draws each side
 * (`city-label--<side>`). The "clear" sides stand off far enough to clear an event marker on the city,
 * even the selected one with its ring.
 */
export const CITY_LABEL_SIDES = ['right', 'left', 'above', 'below', 'right-clear', 'left-clear', 'above-clear', 'below-clear'] as const;
export type CityLabelSide = (typeof CITY_LABEL_SIDES)[number];

/** Approximate advance of one character, in ems: the labels' sans-serif averages a little under this. */
const CHAR_EM = 0.62;
/** City labels are 0.75rem with a line height of 1.4; districts 0.6875rem, letter-spaced. */
const CITY_FONT_REM = 0.75;
const DISTRICT_FONT_REM = 0.6875;
const LINE_HEIGHT = 1.4;
/** The offsets map.css gives each side, in pixels (not rems: they clear markers, which do not scale). */
const NEAR = 6;
const CLEAR = 24;
const NEAR_Y = 4;
const CLEAR_Y = 22;
/** Half an event marker's icon (20 px) plus a pixel: the box a label must keep out of. */
export const MARKER_HALF = 11;
/** Half the selected marker, whose ring (map.css `.is-selected::after`) is 38 px across, and its halo. */
export const SELECTED_HALF = 21;
/** Half the largest cluster icon (46 px, clusterIcon.ts), and a pixel. */
export const CLUSTER_HALF = 24;

/** The box of a city's name at each side of its dot at (x, y); `remPx` is the root font size. */
export function cityLabelBoxes(x: number, y: number, name: string, remPx = 16): PixelBox[] {
  const font = CITY_FONT_REM * remPx;
  const width = name.length * CHAR_EM * font;
  const height = LINE_HEIGHT * font;
  const beside = (dx: number): PixelBox => ({ x: dx >= 0 ? x + dx : x + dx - width, y: y - height / 2, width, height });
  const over = (dy: number): PixelBox => ({ x: x - width / 2, y: dy >= 0 ? y + dy : y + dy - height, width, height });
  const byside: Record<CityLabelSide, PixelBox> = {
    right: beside(NEAR),
    left: beside(-NEAR),
    above: over(-NEAR_Y),
    below: over(NEAR_Y),
    'right-clear': beside(CLEAR),
    'left-clear': beside(-CLEAR),
    'above-clear': over(-CLEAR_Y),
    'below-clear': over(CLEAR_Y),
  };
  return CITY_LABEL_SIDES.map((side) => byside[side]);
}

/** The box of a district's name, centred on its point. */
export function districtLabelBox(x: number, y: number, name: string, remPx = 16): PixelBox {
  const font = DISTRICT_FONT_REM * remPx;
  const width = name.length * (CHAR_EM + 0.04) * font;
  const height = LINE_HEIGHT * font;
  return { x: x - width / 2, y: y - height / 2, width, height };
}

/** A square of half-side `half` around a point: a marker or cluster as an obstacle. */
export const squareAround = (x: number, y: number, half: number): PixelBox => ({ x: x - half, y: y - half, width: 2 * half, height: 2 * half });
