/**
 * Applies changed props to a live Timeline, like react-leaflet's `updateX(instance, props, prevProps)`:
 * only what changed is touched, so a re-render costs nothing. Pure over the small interface below, so it
 * is tested in Node with a fake.
 */
import type { TimelineItem } from 'vis-timeline/esnext';
import type { TimeWindow } from '../store/appStore.ts';
import { framingWindow } from './framingWindow.ts';

export interface TimelineProps {
  items: TimelineItem[];
  selectedId: string | null;
  /** The window the store asks for; null lets the timeline frame all items. */
  window: TimeWindow | null;
  reduceMotion: boolean;
  /** The timeline's width in pixels, to leave room for labels when framing. */
  width: number;
}

/** The part of vis-timeline's Timeline that updateTimeline drives. */
export interface TimelineLike {
  setItems(items: TimelineItem[]): void;
  setSelection(ids: string[]): void;
  focus(id: string, options: { zoom: boolean; animation: boolean }): void;
  getWindow(): { start: Date; end: Date };
  setWindow(start: number, end: number, options: { animation: boolean }): void;
}

export function updateTimeline(t: TimelineLike, next: TimelineProps, prev: TimelineProps | null): void {
  const itemsChanged = next.items !== prev?.items;
  if (itemsChanged) t.setItems(next.items);

  if (next.window !== prev?.window && next.window) {
    const current = t.getWindow();
    if (current.start.valueOf() !== next.window.start || current.end.valueOf() !== next.window.end) {
      t.setWindow(next.window.start, next.window.end, { animation: false });
    }
  } else if (itemsChanged && !next.window) {
    const frame = framingWindow(next.items, next.width);
    if (frame) t.setWindow(frame.start, frame.end, { animation: false });
  }

  if (itemsChanged || next.selectedId !== prev?.selectedId) {
    // setSelection does not emit 'select', so this cannot loop back into the store.
    t.setSelection(next.selectedId ? [next.selectedId] : []);
    if (next.selectedId && !isInWindow(next.items, next.selectedId, t.getWindow())) {
      t.focus(next.selectedId, { zoom: false, animation: !next.reduceMotion });
    }
  }
}

/**
 * Whether any part of the item lies in the window. Computed from item data, not getVisibleItems(),
 * which is only refreshed on the next redraw and is stale right after setItems.
 */
function isInWindow(items: TimelineItem[], id: string, window: { start: Date; end: Date }): boolean {
  const item = items.find((i) => i.id === id);
  if (!item) return true;
  const start = new Date(item.start).valueOf();
  const end = new Date(item.end ?? item.start).valueOf();
  return start <= window.end.valueOf() && end >= window.start.valueOf();
}
