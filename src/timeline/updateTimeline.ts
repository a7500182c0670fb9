/**
 * Applies changed props to a live Timeline, like react-leaflet's `updateX(instance, props, prevProps)`:
 * only what changed is touched. Pure over the small interface below, so it is tested in Node with a fake.
 */
import type { TimelineItem } from 'vis-timeline/esnext';
import type { TimeWindow } from '../store/appStore.ts';
import { framingWindow, labelShare } from './framingWindow.ts';
import { staleIds, syncData, type DataLike } from './syncData.ts';
import type { TimelineGroupSpec } from './timelineGroups.ts';
import { itemSpan, windowShowing } from './windowShowing.ts';

export interface TimelineProps {
  items: TimelineItem[];
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

/** The part of vis-timeline's Timeline (plus its two DataSets) that updateTimeline drives. */
export interface TimelineLike {
  items: DataLike<TimelineItem>;
  groups: DataLike<TimelineGroupSpec>;
  setSelection(ids: string[]): void;
  getWindow(): { start: Date; end: Date };
  setWindow(start: number, end: number, options: { animation: boolean }): void;
  /**
   * Scrolls the rows so the item is in view, now and after the redraws of a window still moving there.
   * Vertical only: the window is updateTimeline's business.
   */
  revealItem(id: string): void;
}

export const HOVERED = 'is-hovered';

export function updateTimeline(t: TimelineLike, next: TimelineProps, prev: TimelineProps | null): void {
  const groupsChanged = next.groups !== prev?.groups;
  const itemsChanged = next.items !== prev?.items;
  // New rows before the items that move into them, old rows after the items left them.
  if (groupsChanged) t.groups.update(next.groups);
  if (itemsChanged) syncData(t.items, withHover(next.items, next.hoveredId));
  else if (next.hoveredId !== prev?.hoveredId) t.items.update(hoverPatches(next.items, prev?.hoveredId ?? null, next.hoveredId));
  if (groupsChanged) {
    const stale = staleIds(t.groups, next.groups);
    if (stale.length > 0) t.groups.remove(stale);
  }

  const moved = updateWindow(t, next, prev, itemsChanged);

  if (itemsChanged || next.selectedId !== prev?.selectedId) {
    // setSelection does not emit 'select', so this cannot loop back into the store.
    t.setSelection(next.selectedId ? [next.selectedId] : []);
    if (next.selectedId) showSelection(t, next, next.selectedId, moved, prev !== null && !next.reduceMotion);
  }
}

/**
 * The selection is always on screen, wherever it came from: the window pans to it when it is outside
 * (vis draws no item outside the window) and the rows scroll to it (vis draws no item in a row scrolled
 * out of view, and the panel shows two or three rows). `moved` is the window just asked for, which an
 * animation has not reached yet: the selection is checked against where the window is going.
 */
function showSelection(t: TimelineLike, next: TimelineProps, id: string, moved: TimeWindow | null, animation: boolean): void {
  const item = next.items.find((i) => i.id === id);
  if (!item) return;
  const current = t.getWindow();
  const window = moved ?? { start: current.start.valueOf(), end: current.end.valueOf() };
  const pan = windowShowing(itemSpan(item), window, { centre: next.centreSelection, labelShare: labelShare(next.width) });
  if (pan) t.setWindow(pan.start, pan.end, { animation });
  t.revealItem(id);
}

/**
 * A store window is applied when it differs from the visible one (so the timeline's own user moves, echoed
 * back through the store, do nothing). Without one, all items are framed: on the first run, when the items
 * change, and when the window is cleared ("Fit all"). Programmatic moves report `byUser: false`, so none of
 * this reaches the store again. Returns the window it asked for, if any.
 */
function updateWindow(t: TimelineLike, next: TimelineProps, prev: TimelineProps | null, itemsChanged: boolean): TimeWindow | null {
  const animation = prev !== null && !next.reduceMotion;
  if (next.window) {
    if (next.window === prev?.window) return null;
    const current = t.getWindow();
    if (current.start.valueOf() === next.window.start && current.end.valueOf() === next.window.end) return null;
    t.setWindow(next.window.start, next.window.end, { animation });
    return next.window;
  }
  if (!itemsChanged && !prev?.window) return null;
  const frame = framingWindow(next.items, next.width);
  if (frame) t.setWindow(frame.start, frame.end, { animation });
  return frame;
}

function hoveredClass(item: TimelineItem): string {
  return `${item.className ?? ''} ${HOVERED}`.trim();
}

function withHover(items: TimelineItem[], hoveredId: string | null): TimelineItem[] {
  return hoveredId === null ? items : items.map((i) => (i.id === hoveredId ? { ...i, className: hoveredClass(i) } : i));
}

/** className patches: the old hovered item back to its own class, the new one with the hover class. */
function hoverPatches(items: TimelineItem[], from: string | null, to: string | null): TimelineItem[] {
  const patches: TimelineItem[] = [];
  for (const item of items) {
    if (item.id === from) patches.push({ ...item, className: item.className ?? '' });
    if (item.id === to) patches.push({ ...item, className: hoveredClass(item) });
  }
  return patches;
}
