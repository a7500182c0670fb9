import { useEffect, useState, type RefObject } from 'react';
import {
  Timeline, type DataGroupCollectionType, type DataItemCollectionType, type TimelineItem, type TimelineOptions,
} from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import type { DrawFactories, Plan } from './drawingPlan.ts';
import { createItemDrawer } from './itemDrawer.ts';
import { createItemRevealer } from './itemRevealer.ts';
import type { TimelineGroupSpec } from './timelineGroups.ts';
import type { TimelineLike } from './updateTimeline.ts';

/** A live timeline with the DataSets it draws: what updateTimeline and the toolbar drive. */
export interface TimelineHandle extends TimelineLike {
  timeline: Timeline;
  /** What vis draws now: the window's items or density strips, and the pinned events (drawingPlan.ts). */
  items: DataSet<TimelineItem>;
  groups: DataSet<TimelineGroupSpec>;
  /** Draws this event at any zoom (the keyboard moved to it). */
  pin(id: string | null): void;
}

/**
 * Owns the one `new Timeline(…)` and its `destroy()`. Created in an effect because vis needs the
 * container in the DOM; StrictMode mounts twice, and the cleanup makes the second mount a fresh start.
 * The adapter owns the DataSets (rather than handing vis arrays), so items and rows are updated in place.
 * The items DataSet holds only what the window needs (itemDrawer.ts), re-planned on the animation frame after
 * vis moves the window, at most once per frame. `options`, `factories` and `onPlan` are creation-only:
 * pass stable ones and remount (`key`) to change them.
 */
export function useTimelineInstance(
  container: RefObject<HTMLElement | null>,
  options: TimelineOptions,
  factories: DrawFactories,
  onPlan: (plan: Plan) => void,
): TimelineHandle | null {
  const [handle, setHandle] = useState<TimelineHandle | null>(null);

  useEffect(function createTimeline() {
    const element = container.current;
    if (!element) throw new Error('Timeline container not found.');
    const items = new DataSet<TimelineItem>();
    const groups = new DataSet<TimelineGroupSpec>();
    // vis's typings say DataSet rows hold string content; the runtime takes elements, which we rely on
    // (string content is parsed as HTML).
    const timeline = new Timeline(
      element, items as unknown as DataItemCollectionType, groups as unknown as DataGroupCollectionType, options,
    );
    // The row labels scroll (verticalScroll) but hold nothing focusable: make the scroller itself a named,
    // focusable group, so keyboard users can scroll the rows with the arrow keys (axe:
    // scrollable-region-focusable). vis follows its scroll events.
    const rows = element.querySelector('.vis-panel.vis-left');
    rows?.setAttribute('tabindex', '0');
    rows?.setAttribute('role', 'group');
    rows?.setAttribute('aria-label', 'Timeline rows');
    const revealer = createItemRevealer(timeline, element, items);
    const drawer = createItemDrawer(items, factories, onPlan);
    // vis fires 'rangechange' on every step of a drag, wheel or animation: follow it once per frame.
    let frame = 0;
    const followWindow = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const { start, end } = timeline.getWindow();
        drawer.follow({ start: start.valueOf(), end: end.valueOf() });
      });
    };
    timeline.on('rangechange', followWindow);
    // Handed out after vis's first draw: on its first 'changed' vis fits the window to the items once,
    // which would undo the framing updateTimeline applies to the items it is about to add.
    const ready = () => {
      timeline.off('changed', ready);
      setHandle({
        timeline,
        items,
        groups,
        setSelection: (ids) => timeline.setSelection(ids),
        getWindow: () => timeline.getWindow(),
        setWindow: (start, end, o) => timeline.setWindow(start, end, o),
        revealItem: (id) => revealer.reveal(id),
        draw: (source, window) => drawer.draw(source, window),
        pin: (id) => drawer.pin(id),
      });
    };
    timeline.on('changed', ready);
    return function destroyTimeline() {
      timeline.off('changed', ready);
      timeline.off('rangechange', followWindow);
      cancelAnimationFrame(frame);
      revealer.stop();
      timeline.destroy();
      setHandle(null);
    };
  }, [container, options, factories, onPlan]);

  return handle;
}
