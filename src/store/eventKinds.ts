/**
 * Events narrowed to what a view needs of them: a place for the map, a date for the timeline. Their own
 * module, below the selectors that make them, so the time index and eventSpan can name them without an
 * import loop through selectors.ts.
 */
import type { Event, EventDate, EventPlace } from '../compiler/schema.ts';

export type PlacedEvent = Event & { place: EventPlace };
export type DatedEvent = Event & { date: EventDate };
