/**
 * Derived data as pure `(state) => value` selectors. Selectors that build arrays or maps memoise on the
 * dataset object, so React bindings get a stable reference and zustand does not re-render in a loop.
 */
import type { Document, Event, EventDate, EventPlace } from '../compiler/schema.ts';
import type { AppState } from './appStore.ts';

function memoOnDataset<T>(derive: (state: AppState) => T): (state: AppState) => T {
  const cache = new WeakMap<AppState['dataset'], T>();
  return (state) => {
    let value = cache.get(state.dataset);
    if (value === undefined) {
      value = derive(state);
      cache.set(state.dataset, value);
    }
    return value;
  };
}

export type PlacedEvent = Event & { place: EventPlace };
export type DatedEvent = Event & { date: EventDate };

/** All events, in dataset order. */
export const selectEvents = (state: AppState): Event[] => state.dataset.events;

/** The selected event, or null when nothing (or an unknown id) is selected. */
export const selectSelectedEvent = (state: AppState): Event | null =>
  state.dataset.events.find((e) => e.id === state.selectedId) ?? null;

/** Events that have a place, i.e. the ones the map can draw. */
export const selectPlacedEvents = memoOnDataset((state) => state.dataset.events.filter((e): e is PlacedEvent => e.place !== null));

/** Events that have a date, i.e. the ones the timeline can draw. */
export const selectDatedEvents = memoOnDataset((state) => state.dataset.events.filter((e): e is DatedEvent => e.date !== null));

/** Documents by id, to title the quotes in the details panel. */
export const selectDocumentsById = memoOnDataset(
  (state) => new Map<string, Document>(state.dataset.documents.map((d) => [d.id, d])),
);

/** Header counts: how many events were read from how many documents. */
export const selectCounts = memoOnDataset((state) => ({
  events: state.dataset.events.length,
  documents: state.dataset.documents.length,
}));
