/**
 * Density: how many events start in each row and stretch of time, for a window too crowded to draw one box
 * per event. Pure; the drawer (itemDrawer.ts) turns the counts into one strip per row.
 */
import type { TimeWindow } from '../store/appStore.ts';
import { lowerBound } from '../store/timeIndex.ts';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
/** About this many pixels per bar: narrow enough to show a shape, wide enough to see each bar. */
const BAR_PX = 6;
/**
 * Where the bucket grid starts: local noon before 1 January 1970. Events start at local midnights (dates
 * have at most day precision), so they fall mid-bucket, and a daylight-saving hour cannot tip a midnight
 * into the day before.
 */
const GRID_ORIGIN = new Date(1970, 0, 1).valueOf() - DAY / 2;

/**
 * The length of one bucket for a window `length` ms wide drawn over `width` px: a day times a power of two
 * (no shorter: no date is more precise than a day), so the grid stays put while the window pans, and
 * changes only when the zoom halves or doubles.
 */
export function bucketSize(length: number, width: number): number {
  const raw = (length * BAR_PX) / Math.max(width, 1);
  return DAY * 2 ** Math.max(0, Math.round(Math.log2(raw / DAY)));
}

/** The window widened by one window length on each side, on the bucket grid: what a drag can reach. */
export function densityCover(window: TimeWindow, bucketMs: number): TimeWindow {
  const length = window.end - window.start;
  const snap = (t: number, round: (x: number) => number) => GRID_ORIGIN + round((t - GRID_ORIGIN) / bucketMs) * bucketMs;
  return { start: snap(window.start - length, Math.floor), end: snap(window.end + length, Math.ceil) };
}

/**
 * Counts per row (slot) and bucket of the events starting in `cover`, from the index's starts and each
 * position's row. One pass over the events in the cover, whatever the number of rows.
 */
export function countBuckets(starts: Float64Array, slots: Int32Array, rows: number, cover: TimeWindow, bucketMs: number): Uint32Array[] {
  const buckets = Math.max(0, Math.round((cover.end - cover.start) / bucketMs));
  const counts = Array.from({ length: rows }, () => new Uint32Array(buckets));
  const last = lowerBound(starts, cover.end);
  for (let i = lowerBound(starts, cover.start); i < last; i++) {
    counts[slots[i]!]![Math.floor((starts[i]! - cover.start) / bucketMs)]!++;
  }
  return counts;
}

/** The smallest share of the row a non-empty bucket's bar takes, so a single event is still seen. */
const MIN_BAR = 0.15;

/**
 * One SVG path of bars in a `buckets × 100` box, bar i from x = i: heights on a square-root scale of
 * `max`, because counts span orders of magnitude (a week of one event beside a week of three hundred).
 */
export function densityPath(counts: ArrayLike<number>, max: number): string {
  let d = '';
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (c === 0) continue;
    const share = Math.max(MIN_BAR, Math.sqrt(c / Math.max(max, 1)));
    const top = Math.round(100 - share * 100);
    d += `M${i + 0.1} 100V${top}H${i + 0.9}V100Z`;
  }
  return d;
}

/** The bucket length in words, for the description read with the strips ("about 4 days"). */
export function describeBucket(ms: number): string {
  const days = ms / (24 * HOUR);
  if (days < 14) return `${Math.round(days)} ${Math.round(days) === 1 ? 'day' : 'days'}`;
  if (days < 60) return `${Math.round(days / 7)} weeks`;
  if (days < 730) return `${Math.round(days / 30.4)} months`;
  return `${Math.round(days / 365.25)} years`;
}
