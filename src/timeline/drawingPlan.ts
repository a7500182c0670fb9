/**
 * What the timeline hands vis for a window: never every event. When the window holds few enough events,
 * their boxes (and those a drag or zoom is about to bring in, the "cover"); when it holds more, one density
 * strip per row (densityBuckets.ts). Either way, plus the pinned events (the selection, the keyboard's
 * target), which are always drawn. Pure over the factories; the drawer (itemDrawer.ts) applies the plan.
 */
import type { TimelineItem } from 'vis-timeline/esnext';
import type { TimelineGrouping, TimeWindow } from '../store/appStore.ts';
import type { DatedEvent } from '../store/selectors.ts';
import { countTouching, positionsTouching, type TimeIndex } from '../store/timeIndex.ts';
import { bucketSize, countBuckets, densityCover, densityPath } from './densityBuckets.ts';
import { withHoverClass } from './hoverClass.ts';
import { groupIdOf } from './timelineGroups.ts';

/**
 * Above this many events in the window, density. vis lays out every item in the window on each redraw and
 * stacks overlapping ones (its own issues report it slow from ~500 items); 150 boxes already fill a
 * 1280 px timeline's few rows several deep.
 */
export const MAX_ITEMS = 150;
/** Back to boxes only below this, so a window near the limit does not flip at each small drag. */
const ITEMS_AGAIN = 120;
/** A cover this many times the limit is narrowed to the window: neighbours can be far denser than it. */
const COVER_CAP = 4;

export type DrawingMode = 'items' | 'density';

/** The store's part of a drawing; the window comes separately, as vis moves it between store changes. */
export interface DrawSource {
  index: TimeIndex;
  groupBy: TimelineGrouping;
  /** Drawn at any zoom: the selection, the event the keyboard moved to. */
  pinned: readonly string[];
  hoveredId: string | null;
  /** The item area's width in px: the bucket size depends on it. */
  width: number;
}

export interface DrawFactories {
  /** An event's item; the caller caches it per event, so unchanged items compare equal. */
  item(event: DatedEvent, groupBy: TimelineGrouping): TimelineItem;
  /** A row's density strip drawing the path in a `buckets × 100` box. */
  strip(path: string, buckets: number): HTMLElement | SVGElement;
}

export interface Plan {
  mode: DrawingMode;
  /** The stretch the items (or strips) cover; the plan holds while the window stays inside it. */
  cover: TimeWindow;
  /** Density only. */
  bucketMs: number | null;
  /** Events touching the window the plan was made for. */
  shown: number;
  items: TimelineItem[];
  /** Kept so a hover or selection change reuses them (they cost a pass over the cover's events). */
  strips: TimelineItem[];
  source: DrawSource;
}

/** The mode for a window showing `shown` events, given the mode in use (hysteresis). */
export function drawingMode(shown: number, current: DrawingMode | null): DrawingMode {
  if (current === 'density') return shown <= ITEMS_AGAIN ? 'items' : 'density';
  return shown > MAX_ITEMS ? 'density' : 'items';
}

const windowLength = (w: TimeWindow) => w.end - w.start;

/** Whether a plan still serves the window (a drag within its cover, no mode or bucket change). */
export function planHolds(plan: Plan, window: TimeWindow): boolean {
  if (window.start < plan.cover.start || window.end > plan.cover.end) return false;
  const { index, width } = plan.source;
  if (drawingMode(countTouching(index, window), plan.mode) !== plan.mode) return false;
  return plan.mode === 'items' || bucketSize(windowLength(window), width) === plan.bucketMs;
}

export function planDrawing(source: DrawSource, window: TimeWindow, factories: DrawFactories, previous: Plan | null): Plan {
  const { index, groupBy, pinned, hoveredId } = source;
  const shown = countTouching(index, window);
  const mode = drawingMode(shown, previous?.mode ?? null);
  let cover: TimeWindow;
  let bucketMs: number | null = null;
  let strips: TimelineItem[] = [];
  let positions: number[] = [];
  if (mode === 'items') {
    const margin = windowLength(window) / 2;
    cover = { start: window.start - margin, end: window.end + margin };
    positions = positionsTouching(index, cover);
    if (positions.length > COVER_CAP * MAX_ITEMS) {
      cover = window;
      positions = positionsTouching(index, cover);
    }
  } else {
    bucketMs = bucketSize(windowLength(window), source.width);
    cover = densityCover(window, bucketMs);
    const reuse = previous && previous.mode === 'density' && previous.bucketMs === bucketMs && previous.cover.start === cover.start
      && previous.cover.end === cover.end && previous.source.index === index && previous.source.groupBy === groupBy;
    strips = reuse ? previous.strips : densityStrips(index, groupBy, cover, bucketMs, factories);
  }

  const drawn = new Set(positions);
  for (const id of pinned) {
    const at = index.positionById.get(id);
    if (at !== undefined) drawn.add(at);
  }
  const items = [...strips];
  for (const at of drawn) {
    const event = index.events[at]!;
    const item = factories.item(event, groupBy);
    items.push(event.id === hoveredId ? withHoverClass(item) : item);
  }
  return { mode, cover, bucketMs, shown, items, strips, source };
}

/** Each event's row as a small number, per index and grouping (computed once, read per bucket count). */
const slotCache = new WeakMap<TimeIndex, { groupBy: TimelineGrouping; rows: string[]; slots: Int32Array }>();

function rowSlots(index: TimeIndex, groupBy: TimelineGrouping): { rows: string[]; slots: Int32Array } {
  const cached = slotCache.get(index);
  if (cached?.groupBy === groupBy) return cached;
  const rows: string[] = [];
  const slotOf = new Map<string, number>();
  const slots = new Int32Array(index.events.length);
  index.events.forEach((event, i) => {
    const row = groupIdOf(event, groupBy);
    let slot = slotOf.get(row);
    if (slot === undefined) slotOf.set(row, (slot = rows.push(row) - 1));
    slots[i] = slot;
  });
  const entry = { groupBy, rows, slots };
  slotCache.set(index, entry);
  return entry;
}

/** One background item per row with events in the cover; bars share one scale across rows. */
function densityStrips(index: TimeIndex, groupBy: TimelineGrouping, cover: TimeWindow, bucketMs: number, factories: DrawFactories): TimelineItem[] {
  const { rows, slots } = rowSlots(index, groupBy);
  const counts = countBuckets(index.starts, slots, rows.length, cover, bucketMs);
  let max = 0;
  for (const row of counts) for (const c of row) max = Math.max(max, c);
  const strips: TimelineItem[] = [];
  counts.forEach((row, slot) => {
    if (!row.some((c) => c > 0)) return;
    strips.push({
      id: `density:${rows[slot]}`,
      group: rows[slot],
      type: 'background',
      start: cover.start,
      end: cover.end,
      content: factories.strip(densityPath(row, max), row.length) as HTMLElement,
      className: 'density-strip',
    });
  });
  return strips;
}
