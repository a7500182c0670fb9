/**
 * Applies changed props to a live Timeline, like react-leaflet's `updateX(instance, props, prevProps)`:
 * only what changed is touched. Pure over the small interface below, so it is tested in Node with a fake.
 */
import type { TimelineGrouping, TimeWindow } from '../store/appStore.ts';
import type { TimeIndex } from '../store/timeIndex.ts';
import type { DrawSource } from './drawingPlan.ts';
import { framingWindow, labelShare } from './framingWindow.ts';
import { staleIds, type DataLike } from './syncData.ts';
import type { TimelineGroupSpec } from './timelineGroups.ts';
import { windowShowing } from './windowShowing.ts';

export interface TimelineProps {
  /** The filtered dated events, time-indexed: the adapter draws from it only what the window needs. */
  index: TimeIndex;
  groupBy: TimelineGrouping;
  groups: TimelineGroupSpec[];
  selectedId: string | null;
  /** Story mode: every new selection is brought to the middle, not only hidden ones. */
  centreSelection: boolean;
  /** Highlighted with the `is-hovered` class, whichever view the pointer or focus is on. */
  hoveredId: string | null;
  /** The window the store asks for; null lets the timeline frame all items. */
  window: TimeWindow | null;
  reduceMotion: boolean;
  /** The timeline's width in pixels, to leave room for labels when framing. */
  width: number;
}

/** The part of vis-timeline's Timeline (plus its groups DataSet and the item drawer) that updateTimeline drives. */
export interface TimelineLike {
  groups: DataLike<TimelineGroupSpec>;
  /** Puts in vis's items what the window needs (itemDrawer.ts): boxes, or density strips, and the pinned events. */
  draw(source: DrawSource, window: TimeWindow): void;
  setSelection(ids: string[]): void;
  getWindow(): { start: Date; end: Date };
  setWindow(start: number, end: number, options: { animation: boolean }): void;
  /**
   * Scrolls the rows so the item is in view, now and after the redraws of a window still moving there.
   * Vertical only: the window is updateTimeline's business.
   */
  revealItem(id: string): void;
}

export function updateTimeline(t: TimelineLike, next: TimelineProps, prev: TimelineProps | null): void {
  const groupsChanged = next.groups !== prev?.groups;
  const dataChanged = next.index !== prev?.index || next.groupBy !== prev?.groupBy;
  const selectionChanged = dataChanged || next.selectedId !== prev?.selectedId;
  const animation = prev !== null && !next.reduceMotion;
  // New rows before the items that move into them, old rows after the items left them.
  if (groupsChanged) t.groups.update(next.groups);

  let target = updateWindow(t, next, prev, dataChanged, animation);
  if (selectionChanged && next.selectedId) {
    const pan = selectionPan(t, next, next.selectedId, target);
    if (pan) t.setWindow(pan.start, pan.end, { animation });
    target = pan ?? target;
  }
  if (dataChanged || selectionChanged || target || next.hoveredId !== prev?.hoveredId || next.width !== prev?.width) {
    const source: DrawSource = {
      index: next.index, groupBy: next.groupBy, width: next.width, hoveredId: next.hoveredId,
      pinned: next.selectedId ? [next.selectedId] : [],
    };
    t.draw(source, target ?? currentWindow(t));
  }

  if (groupsChanged) {
    const stale = staleIds(t.groups, next.groups);
    if (stale.length > 0) t.groups.remove(stale);
  }
  if (selectionChanged) {
    // setSelection does not emit 'select', so this cannot loop back into the store.
    t.setSelection(next.selectedId ? [next.selectedId] : []);
    if (next.selectedId && next.index.positionById.has(next.selectedId)) t.revealItem(next.selectedId);
  }
}

function currentWindow(t: TimelineLike): TimeWindow {
  const { start, end } = t.getWindow();
  return { start: start.valueOf(), end: end.valueOf() };
}

/**
 * The selection is always on screen, wherever it came from: the window pans to it when it is outside
 * (vis draws no item outside the window); the rows are scrolled to it after (revealItem). `moved` is the
 * window just asked for, which an animation has not reached yet: the selection is checked against where
 * the window is going. Returns the pan, or null when the selection shows (or is not on the timeline).
 */
function selectionPan(t: TimelineLike, next: TimelineProps, id: string, moved: TimeWindow | null): TimeWindow | null {
  const at = next.index.positionById.get(id);
  if (at === undefined) return null;
  const span = { start: next.index.starts[at]!, end: next.index.ends[at]! };
  // A point's span is its day; the item is drawn at its start.
  const item = next.index.events[at]!.date.precision === 'day' && !next.index.events[at]!.date.end ? { start: span.start, end: span.start } : span;
  return windowShowing(item, moved ?? currentWindow(t), { centre: next.centreSelection, labelShare: labelShare(next.width) });
}

/**
 * A store window is applied when it differs from the visible one (so the timeline's own user moves, echoed
 * back through the store, do nothing). Without one, all items are framed: on the first run, when the items
 * change, and when the window is cleared ("Fit all"). Programmatic moves report `byUser: false`, so none of
 * this reaches the store again. Returns the window it asked for, if any.
 */
function updateWindow(t: TimelineLike, next: TimelineProps, prev: TimelineProps | null, dataChanged: boolean, animation: boolean): TimeWindow | null {
  if (next.window) {
    if (next.window === prev?.window) return null;
    const current = t.getWindow();
    if (current.start.valueOf() === next.window.start && current.end.valueOf() === next.window.end) return null;
    t.setWindow(next.window.start, next.window.end, { animation });
    return next.window;
  }
  if (!dataChanged && !prev?.window) return null;
  const frame = framingWindow(next.index.extent, next.width);
  if (frame) t.setWindow(frame.start, frame.end, { animation });
  return frame;
}
