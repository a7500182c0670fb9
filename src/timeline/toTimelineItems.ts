/**
 * Events → vis-timeline items. Pure apart from the content factory, which the adapter passes in (it
 * builds DOM; tests pass a stub).
 *
 * Drawing rules:
 * - a day without an end is a point;
 * - a month or a year without an end is a range over that whole month or year, because a point on its
 *   first day would claim a precision the text never gave ("in March" is not 1 March);
 * - an event with an end is a range to the end of its last unit; `approximate` adds a dashed class.
 */
import type { TimelineItem } from 'vis-timeline/esnext';
import type { DatedEvent } from '../store/selectors.ts';
import { eventTimeSpan } from '../data/eventTimeSpan.ts';

export type ItemContentFactory = (event: DatedEvent) => HTMLElement | string;

export function toTimelineItems(events: readonly DatedEvent[], content: ItemContentFactory): TimelineItem[] {
  return events.map((event) => {
    const { date } = event;
    const classes = [`event-item`, `event-item--${event.type}`, `certainty-${event.certainty}`];
    if (date.approximate) classes.push('is-approximate');
    if (date.precision === 'day' && !date.end) {
      return { id: event.id, type: 'point', start: eventTimeSpan(date).start, content: content(event), className: classes.join(' ') };
    }
    classes.push(date.end ? 'is-range' : `is-${date.precision}`);
    const span = eventTimeSpan(date);
    return { id: event.id, type: 'range', start: span.start, end: span.end, content: content(event), className: classes.join(' ') };
  });
}
