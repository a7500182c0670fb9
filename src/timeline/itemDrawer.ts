import type { TimelineItem } from 'vis-timeline/esnext';
import type { TimeWindow } from '../store/appStore.ts';
import { planDrawing, planHolds, type DrawFactories, type DrawSource, type Plan } from './drawingPlan.ts';
import { syncData, type DataLike } from './syncData.ts';

/** Keeps vis's item DataSet to the plan for the window (drawingPlan.ts). */
export interface ItemDrawer {
  /** The store changed (events, rows, selection, hover) or asked for a window: plan again. */
  draw(source: DrawSource, window: TimeWindow): void;
  /** vis moved the window: plan again only when the plan no longer holds (left its cover, zoomed). */
  follow(window: TimeWindow): void;
  /** Draws this event at any zoom too (the keyboard's target), until another is pinned. */
  pin(id: string | null): void;
  /** The plan in use, null before the first draw. */
  plan(): Plan | null;
}

/** `onPlan` hears each new plan (the adapter describes density mode with it). */
export function createItemDrawer(items: DataLike<TimelineItem>, factories: DrawFactories, onPlan: (plan: Plan) => void): ItemDrawer {
  const written = new Map<string | number, TimelineItem>();
  let source: DrawSource | null = null;
  let window: TimeWindow | null = null;
  let current: Plan | null = null;
  let keyboard: string | null = null;

  const redraw = () => {
    if (!source || !window) return;
    const pinned = keyboard === null ? source.pinned : [...source.pinned, keyboard];
    current = planDrawing({ ...source, pinned }, window, factories, current);
    syncData(items, current.items, written);
    onPlan(current);
  };

  return {
    draw(next, at) {
      source = next;
      window = at;
      redraw();
    },
    follow(at) {
      window = at;
      if (current && !planHolds(current, at)) redraw();
    },
    pin(id) {
      if (keyboard === id) return;
      keyboard = id;
      redraw();
    },
    plan: () => current,
  };
}
