import { useEffect, useState, type RefObject } from 'react';
import {
  Timeline, type DataGroupCollectionType, type DataItemCollectionType, type TimelineItem, type TimelineOptions,
} from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import { createItemRevealer } from './itemRevealer.ts';
import type { TimelineGroupSpec } from './timelineGroups.ts';
import type { TimelineLike } from './updateTimeline.ts';

/** A live timeline with the DataSets it draws: what updateTimeline and the toolbar drive. */
export interface TimelineHandle extends TimelineLike {
  timeline: Timeline;
  items: DataSet<TimelineItem>;
  groups: DataSet<TimelineGroupSpec>;
}

/**
 * Owns the one `new Timeline(…)` and its `destroy()`. Created in an effect because vis needs the
 * container in the DOM; StrictMode mounts twice, and the cleanup makes the second mount a fresh start.
 * The adapter owns the DataSets (rather than handing vis arrays), so items and rows are updated in place.
 * `options` are creation-only: pass a stable object and remount (`key`) to change them.
 */
export function useTimelineInstance(
  container: RefObject<HTMLElement | null>,
  options: TimelineOptions,
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
      });
    };
    timeline.on('changed', ready);
    return function destroyTimeline() {
      timeline.off('changed', ready);
      revealer.stop();
      timeline.destroy();
      setHandle(null);
    };
  }, [container, options]);

  return handle;
}
