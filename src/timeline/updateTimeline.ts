/**
 * Applies changed props to a live Timeline, like react-leaflet's `updateX(instance, props, prevProps)`:
 * only what changed is touched. Pure over the small interface below, so it is tested in Node with a fake.
 */
import type { TimelineItem } from 'vis-timeline/esnext';
import type { TimeWindow } from '../store/appStore.ts';
import { framingWindow } from './framingWindow.ts';
import { staleIds, syncData, type DataLike } from './syncData.ts';
import type { TimelineGroupSpec } from './timelineGroups.ts';

export interface TimelineProps {
  items: TimelineItem[];
  groups: TimelineGroupSpec[];
  selectedId: string | null;
  /** Story mode: every new selection is brought to the middle (and its row into view), not only hidden ones. */
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
  focus(id: string, options: { zoom: boolean; animation: boolean }): void;
  getWindow(): { start: Date; end: Date };
  setWindow(start: number, end: number, options: { animation: boolean }): void;
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

  updateWindow(t, next, prev, itemsChanged);

  if (itemsChanged || next.selectedId !== prev?.selectedId) {
    // setSelection does not emit 'select', so this cannot loop back into the store.
    t.setSelection(next.selectedId ? [next.selectedId] : []);
    // vis's focus also scrolls the item's row into view, which a presenter needs on a crowded timeline.
    if (next.selectedId && (next.centreSelection || !isInWindow(next.items, next.selectedId, t.getWindow()))) {
      t.focus(next.selectedId, { zoom: false, animation: !next.reduceMotion });
    }
  }
}

/**
 * A store window is applied when it differs from the visible one (so the timeline's own user moves, echoed
 * back through the store, do nothing). Without one, all items are framed: on the first run, when the items
 * change, and when the window is cleared ("Fit all"). Programmatic moves report `byUser: false`, so none of
 * this reaches the store again.
 */
function updateWindow(t: TimelineLike, next: TimelineProps, prev: TimelineProps | null, itemsChanged: boolean): void {
  const animation = prev !== null && !next.reduceMotion;
  if (next.window) {
    if (next.window === prev?.window) return;
    const current = t.getWindow();
    if (current.start.valueOf() !== next.window.start || current.end.valueOf() !== next.window.end) {
      t.setWindow(next.window.start, next.window.end, { animation });
    }
  } else if (itemsChanged || prev?.window) {
    const frame = framingWindow(next.items, next.width);
    if (frame) t.setWindow(frame.start, frame.end, { animation });
  }
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

/**
 * Whether any part of the item lies in the window. Computed from item data, not getVisibleItems(),
 * which is only refreshed on the next redraw and is stale right after an update.
 */
function isInWindow(items: TimelineItem[], id: string, window: { start: Date; end: Date }): boolean {
  const item = items.find((i) => i.id === id);
  if (!item) return true;
  const start = new Date(item.start).valueOf();
  const end = new Date(item.end ?? item.start).valueOf();
  return start <= window.end.valueOf() && end >= window.start.valueOf();
}
