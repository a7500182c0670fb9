import type { TimeWindow } from '../store/appStore.ts';

const DAY = 24 * 3600 * 1000;
/** Room kept right of the latest item for its label, in pixels (labels are drawn right of the date). */
const LABEL_ROOM = 260;

/**
 * The initial window: all items (`extent`, from the earliest start to the latest end; timeIndex.ts), with room on the right for the labels of the latest ones. vis's fit()
 * frames item dates only, so those labels were cut off at the edge. `width` is the timeline's width in
 * pixels; on a narrow screen the room is capped at half of it.
 */
export function framingWindow(extent: TimeWindow | null, width: number): TimeWindow | null {
  if (!extent) return null;
  const { start: min, end: max } = extent;
  const span = Math.max(max - min, 30 * DAY);
  const left = 0.03;
  // The right margin r (a share of the span) must fill `room` of `width` pixels: r / (1 + left + r) = room.
  const room = labelShare(width);
  const right = (room * (1 + left)) / (1 - room);
  return { start: min - span * left, end: max + span * right };
}

/** The share of a `width`-pixel window a point's label needs right of its date (at most half). */
export function labelShare(width: number): number {
  return Math.min(LABEL_ROOM / Math.max(width, 1), 0.5);
}
