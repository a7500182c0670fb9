import type { Event, EventDate, EventPlace } from '../compiler/schema.ts';

/**
 * The one way tests build an Event: a complete, valid one (a meeting in Paris on 28 September 2017, stated
 * by one sentence of doc-1), with the fields a test cares about given. Given a date or a place, the result
 * is typed as dated or placed (the store's DatedEvent, PlacedEvent), so tests need no cast.
 */
export function makeEvent(id: string, fields: Partial<Event> & { date: EventDate; place: EventPlace }): Event & { date: EventDate; place: EventPlace };
export function makeEvent(id: string, fields: Partial<Event> & { date: EventDate }): Event & { date: EventDate };
export function makeEvent(id: string, fields: Partial<Event> & { place: EventPlace }): Event & { place: EventPlace };
export function makeEvent(id: string, fields?: Partial<Event>): Event;
export function makeEvent(id: string, fields: Partial<Event> = {}): Event {
  return {
    id,
    title: `Event ${id}`,
    type: 'diplomacy',
    subType: 'meeting',
    date: { start: '2017-09-28', precision: 'day' },
    place: { name: 'Paris', lat: 48.85, lon: 2.35, precision: 'city' },
    actors: [],
    certainty: 'stated',
    sources: [{ document: 'doc-1', quote: 'A sentence.', start: 0, end: 11, line: 3 }],
    ...fields,
  };
}
