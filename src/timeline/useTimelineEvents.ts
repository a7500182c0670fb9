import { useEffect } from 'react';
import type { Timeline } from 'vis-timeline/esnext';
import type { TimeWindow } from '../store/appStore.ts';

export interface TimelineHandlers {
  /** The user picked an item (or clicked empty space: null). */
  onSelect(id: string | null): void;
  /** The user finished panning or zooming; programmatic moves are not reported. */
  onWindowChange(window: TimeWindow): void;
}

interface SelectProperties { items: (string | number)[] }
interface RangeChangedProperties { start: Date; end: Date; byUser: boolean }

/** Wires vis-timeline's events to handlers; `on` and `off` pair in one effect. */
export function useTimelineEvents(timeline: Timeline | null, handlers: TimelineHandlers): void {
  const { onSelect, onWindowChange } = handlers;

  useEffect(function wireTimelineEvents() {
    if (!timeline) return;
    const handleSelect = ({ items }: SelectProperties) => {
      const id = items[0];
      onSelect(id === undefined ? null : String(id));
    };
    // Only user moves go to the store: writing back our own setWindow/focus would start a loop.
    const handleRangeChanged = ({ start, end, byUser }: RangeChangedProperties) => {
      if (byUser) onWindowChange({ start: start.valueOf(), end: end.valueOf() });
    };
    timeline.on('select', handleSelect);
    timeline.on('rangechanged', handleRangeChanged);
    return function unwireTimelineEvents() {
      timeline.off('select', handleSelect);
      timeline.off('rangechanged', handleRangeChanged);
    };
  }, [timeline, onSelect, onWindowChange]);
}
