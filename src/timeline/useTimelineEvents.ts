import { useEffect } from 'react';
import type { Timeline } from 'vis-timeline/esnext';
import type { TimeWindow } from '../store/appStore.ts';

export interface TimelineHandlers {
  /** The user picked an item (or clicked empty space: null). */
  onSelect(id: string | null): void;
  /** The user finished panning or zooming; programmatic moves are not reported. */
  onWindowChange(window: TimeWindow): void;
  /** The pointer entered (id) or left (null) an item. */
  onHover(id: string | null): void;
  /** Any move settled, the user's or ours: for state kept outside the store (the container's attributes). */
  onWindowSettled(window: TimeWindow): void;
}

interface SelectProperties { items: (string | number)[] }
interface ItemProperties { item: string | number | null }
interface RangeChangedProperties { start: Date; end: Date; byUser: boolean }

/** Wires vis-timeline's events to handlers; `on` and `off` pair in one effect. */
export function useTimelineEvents(timeline: Timeline | null, handlers: TimelineHandlers): void {
  const { onSelect, onWindowChange, onHover, onWindowSettled } = handlers;

  useEffect(function wireTimelineEvents() {
    if (!timeline) return;
    const handleSelect = ({ items }: SelectProperties) => {
      const id = items[0];
      onSelect(id === undefined ? null : String(id));
    };
    // Only user moves go to the store: writing back our own setWindow/focus would start a loop. vis fires
    // `rangechange` on every drag frame; only the settled `rangechanged` is listened to.
    const handleRangeChanged = ({ start, end, byUser }: RangeChangedProperties) => {
      const window = { start: start.valueOf(), end: end.valueOf() };
      onWindowSettled(window);
      if (byUser) onWindowChange(window);
    };
    const handleItemOver = ({ item }: ItemProperties) => onHover(item === null ? null : String(item));
    const handleItemOut = () => onHover(null);
    timeline.on('select', handleSelect);
    timeline.on('rangechanged', handleRangeChanged);
    timeline.on('itemover', handleItemOver);
    timeline.on('itemout', handleItemOut);
    return function unwireTimelineEvents() {
      timeline.off('select', handleSelect);
      timeline.off('rangechanged', handleRangeChanged);
      timeline.off('itemover', handleItemOver);
      timeline.off('itemout', handleItemOut);
    };
  }, [timeline, onSelect, onWindowChange, onHover, onWindowSettled]);
}
