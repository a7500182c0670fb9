/**
 * Events → vis-timeline items. Pure apart from the content factory, which the adapter passes in (it
 * builds DOM; tests pass a stub).
 *
 * Drawing rules:
 * - a day without an end is a point;
 * - a month or a year without an end is a range over that whole month or year, because a point on its
 *   first day would claim a precision the text never gave ("in March" is not 1 March);
 * - an event with an end is a range to the end of its last unit; `approximate` adds the fuzzy class.
 *
 * Points have no `end` key at all: vis's focus() reads any `end` key as a date. syncData replaces a row
 * that lost a key, so a range that became a point does not keep its old end.
 */
import type { TimelineItem } from 'vis-timeline/esnext';
import type { TimelineGrouping } from '../store/appStore.ts';
import type { DatedEvent } from '../store/selectors.ts';
import { eventTimeSpan } from '../data/eventTimeSpan.ts';
import { groupIdOf } from './timelineGroups.ts';

export type ItemContentFactory = (event: DatedEvent) => HTMLElement | string;

export function toTimelineItems(
  events: readonly DatedEvent[],
  groupBy: TimelineGrouping,
  content: ItemContentFactory,
): TimelineItem[] {
  return events.map((event) => toTimelineItem(event, groupBy, content));
}

/** One event's item. */
export function toTimelineItem(event: DatedEvent, groupBy: TimelineGrouping, content: ItemContentFactory): TimelineItem {
  const { date } = event;
  const span = eventTimeSpan(date);
  const point = date.precision === 'day' && !date.end;
  const classes = ['event-item', `event-item--${event.type}`, `certainty-${event.certainty}`];
  if (date.approximate) classes.push('is-approximate');
  if (!point) classes.push(date.end ? 'is-range' : `is-${date.precision}`);
  return {
    id: event.id,
    group: groupIdOf(event, groupBy),
    type: point ? 'point' : 'range',
    start: span.start,
    ...(point ? {} : { end: span.end }),
    content: content(event),
    className: classes.join(' '),
  };
}
