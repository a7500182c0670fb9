import { eventTimeSpan } from '../data/eventTimeSpan.ts';
import type { DatedEvent } from './eventKinds.ts';

/** An event's span in epoch ms, [start, end). */
export interface EpochSpan {
  start: number;
  end: number;
}

// Per event object, for as long as it lives: a filter change re-indexes the same events, and parsing
// 100,000 ISO dates again on every keystroke in the search would be most of that work.
const spans = new WeakMap<DatedEvent, EpochSpan>();

/** The span eventTimeSpan gives (local-time units, as the timeline draws them), in epoch ms, cached. */
export function eventSpan(event: DatedEvent): EpochSpan {
  let span = spans.get(event);
  if (!span) {
    const { start, end } = eventTimeSpan(event.date);
    spans.set(event, (span = { start: start.valueOf(), end: end.valueOf() }));
  }
  return span;
}
