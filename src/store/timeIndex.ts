/**
 * A time-sorted index of dated events: the window's events are found by binary search instead of a pass
 * over every event, so following a timeline that moves every frame costs O(log n) plus what is shown.
 * Pure and DOM-free; the timeline adapter and the window filter read it.
 */
import type { TimeWindow } from './appState.ts';
import type { DatedEvent } from './eventKinds.ts';
import { eventSpan } from './eventSpan.ts';

/**
 * Events longer than this are kept aside and checked one by one: the others are found by their start,
 * searched from this far before the window (a year-precision event spans 366 days).
 */
const LONG_MS = 400 * 24 * 3600 * 1000;

export interface TimeIndex {
  /** By start, then end (ties keep their given order). */
  events: readonly DatedEvent[];
  starts: Float64Array;
  ends: Float64Array;
  /** Every end, ascending: with `starts`, counts the events touching a window in O(log n). */
  sortedEnds: Float64Array;
  /** Positions of the long events, ascending. */
  long: readonly number[];
  positionById: ReadonlyMap<string, number>;
  /** From the earliest start to the latest end; null without events. */
  extent: TimeWindow | null;
}

/** Events ordered by start, then end: the timeline's reading order. */
export function sortByTime(events: readonly DatedEvent[]): DatedEvent[] {
  const spans = new Map(events.map((e) => [e, eventSpan(e)]));
  return [...events].sort((a, b) => spans.get(a)!.start - spans.get(b)!.start || spans.get(a)!.end - spans.get(b)!.end);
}

/** Indexes events that are already in time order (sortByTime, or a subsequence of its result). */
export function createTimeIndex(sorted: readonly DatedEvent[]): TimeIndex {
  const starts = new Float64Array(sorted.length);
  const ends = new Float64Array(sorted.length);
  const long: number[] = [];
  const positionById = new Map<string, number>();
  let last = -Infinity;
  sorted.forEach((e, i) => {
    const span = eventSpan(e);
    starts[i] = span.start;
    ends[i] = span.end;
    last = Math.max(last, span.end);
    if (span.end - span.start > LONG_MS) long.push(i);
    positionById.set(e.id, i);
  });
  const extent = sorted.length > 0 ? { start: starts[0]!, end: last } : null;
  return { events: sorted, starts, ends, sortedEnds: Float64Array.from(ends).sort(), long, positionById, extent };
}

/** The first position whose value is ≥ `value` (`values` ascending). */
export function lowerBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position whose value is > `value`. */
export function upperBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many events touch the window (start before its end, end after its start). Every event ending by the
 * window's start also starts before its end, so the count is a difference of two binary searches.
 */
export function countTouching(index: TimeIndex, w: TimeWindow): number {
  return lowerBound(index.starts, w.end) - upperBound(index.sortedEnds, w.start);
}

/** How many events start in [from, to). */
export function countStarting(index: TimeIndex, from: number, to: number): number {
  return lowerBound(index.starts, to) - lowerBound(index.starts, from);
}

/** Positions of the events touching the window, ascending. */
export function positionsTouching(index: TimeIndex, w: TimeWindow): number[] {
  const { starts, ends, long } = index;
  const found: number[] = [];
  const last = lowerBound(starts, w.end);
  for (let i = lowerBound(starts, w.start - LONG_MS); i < last; i++) if (ends[i]! > w.start) found.push(i);
  // Long events starting before the searched stretch; the ones inside it are already found.
  const from = w.start - LONG_MS;
  const early = long.filter((i) => starts[i]! < from && ends[i]! > w.start);
  return early.length === 0 ? found : [...early, ...found];
}
