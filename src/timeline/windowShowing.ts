/**
 * Where the window must go for an item to show: a pan that keeps the zoom, never a zoom in. Pure, so the
 * rules are tested without vis.
 */
import type { TimelineItem } from 'vis-timeline/esnext';
import type { TimeWindow } from '../store/appStore.ts';

/** A range must reach this far into the window: a sliver at the edge is not a shown item. */
const RANGE_OVERLAP = 0.05;
/** Room left before a range too long for the window, so its start (and label) is not on the edge. */
const LEAD = 0.1;

export interface ShowOptions {
  /** Move the item to the middle even when it shows (story mode). */
  centre: boolean;
  /**
   * The share of the window a point's label needs right of its dot (framingWindow's labelShare): a point
   * in the last part of the window shows its dot with the label cut off, which is not shown.
   */
  labelShare: number;
}

export function itemSpan(item: Pick<TimelineItem, 'start' | 'end'>): TimeWindow {
  const start = new Date(item.start).valueOf();
  return { start, end: item.end === undefined ? start : new Date(item.end).valueOf() };
}

/** Whether the item shows in the window, with room for a point's label. */
export function showsIn(item: TimeWindow, window: TimeWindow, labelShare: number): boolean {
  const length = window.end - window.start;
  if (item.end === item.start) return item.start >= window.start && item.start <= window.end - length * labelShare;
  return item.start <= window.end - length * RANGE_OVERLAP && item.end >= window.start + length * RANGE_OVERLAP;
}

/**
 * The window to move to so the item shows, or null when it already does (and `centre` is off). The item
 * is centred at the current zoom; a range longer than the window shows its start instead, at the same
 * zoom, because that is where its label is.
 */
export function windowShowing(item: TimeWindow, window: TimeWindow, options: ShowOptions): TimeWindow | null {
  if (!options.centre && showsIn(item, window, options.labelShare)) return null;
  const length = window.end - window.start;
  if (item.end - item.start > length * (1 - 2 * LEAD)) {
    const start = item.start - length * LEAD;
    return { start, end: start + length };
  }
  const middle = (item.start + item.end) / 2;
  return { start: middle - length / 2, end: middle + length / 2 };
}
