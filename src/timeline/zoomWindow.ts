import type { TimeWindow } from '../store/appStore.ts';

/** The narrowest window the zoom buttons go to; matches the timeline's `zoomMin` option. */
export const MIN_SPAN = 7 * 24 * 3600 * 1000;

/**
 * The window scaled around its centre: `factor` < 1 zooms in, > 1 zooms out. Clamped to MIN_SPAN so the
 * store never asks for a window the timeline would refuse (then store and view would disagree).
 */
export function zoomWindow(window: TimeWindow, factor: number): TimeWindow {
  const centre = (window.start + window.end) / 2;
  const half = Math.max(((window.end - window.start) * factor) / 2, MIN_SPAN / 2);
  return { start: Math.round(centre - half), end: Math.round(centre + half) };
}
