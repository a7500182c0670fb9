/**
 * The drawer's item and strip builders. Items are cached per event (and grouping), and each event keeps
 * its label element for as long as the event object lives: an item drawn again after a drag compares equal
 * (syncData skips it), and a regrouping moves items without re-creating their DOM. Built only when the
 * window first needs an event, not for all events up front.
 */
import type { TimelineItem } from 'vis-timeline/esnext';
import type { TimelineGrouping } from '../store/appStore.ts';
import type { DatedEvent } from '../store/selectors.ts';
import type { DrawFactories } from './drawingPlan.ts';
import { toTimelineItem, type ItemContentFactory } from './toTimelineItems.ts';

export function createDrawFactories(content: ItemContentFactory, strip: DrawFactories['strip']): DrawFactories {
  const contents = new WeakMap<DatedEvent, ReturnType<ItemContentFactory>>();
  const items = new WeakMap<DatedEvent, { groupBy: TimelineGrouping; item: TimelineItem }>();
  const cachedContent: ItemContentFactory = (event) => {
    let element = contents.get(event);
    if (element === undefined) contents.set(event, (element = content(event)));
    return element;
  };
  return {
    item(event, groupBy) {
      const cached = items.get(event);
      if (cached?.groupBy === groupBy) return cached.item;
      const item = toTimelineItem(event, groupBy, cachedContent);
      items.set(event, { groupBy, item });
      return item;
    },
    strip,
  };
}
