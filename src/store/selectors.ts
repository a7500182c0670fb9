/**
 * Derived data as pure `(state) => value` selectors. Selectors that build arrays or maps memoise on the
 * dataset object, so React bindings get a stable reference and zustand does not re-render in a loop.
 */
import type { Document, Event, EventDate, EventPlace, StoryStep } from '../compiler/schema.ts';
import type { AppState } from './appStore.ts';
import { countFacets } from './facetCounts.ts';
import { FACETS } from './filters.ts';
import { PASSES_ALL, filterMasks } from './filterMasks.ts';
import { searchText } from './searchText.ts';
import { sortByDate } from './sortByDate.ts';
import { createTimeIndex, positionsTouching, sortByTime, type TimeIndex } from './timeIndex.ts';

/** Memoises on the identity of the state slices a selector reads, so equal inputs give the same array. */
function memoOn<T>(inputs: (state: AppState) => unknown[], derive: (state: AppState) => T): (state: AppState) => T {
  let last: unknown[] | undefined;
  let value: T;
  return (state) => {
    const next = inputs(state);
    if (!last || next.length !== last.length || next.some((x, i) => x !== last![i])) {
      value = derive(state);
      last = next;
    }
    return value;
  };
}

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

/** Events by id: a selection is looked up, not searched for, on every store change. */
export const selectEventsById = memoOnDataset((state) => new Map(state.dataset.events.map((e) => [e.id, e])));

/** The selected event, or null when nothing (or an unknown id) is selected. */
export const selectSelectedEvent = (state: AppState): Event | null =>
  (state.selectedId === null ? null : selectEventsById(state).get(state.selectedId) ?? null);

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

/** Actors by id, to name them in panels, filters and search. */
export const selectActorsById = memoOnDataset((state) => new Map(state.dataset.actors.map((a) => [a.id, a])));

/** Each event's folded search text, built on the first search (searchText.ts). */
const selectSearchTexts = memoOnDataset((s) => s.dataset.events.map((e) => searchText(e, selectActorsById(s))));

/** Which filters each event passes, one pass per filter change (filterMasks.ts). */
const selectFilterMasks = memoOn((s) => [s.dataset, s.filters], (s) => filterMasks(s.dataset.events, s.filters, () => selectSearchTexts(s)));

/** Events that pass the filters and search: what the map, timeline and list show. */
export const selectFilteredEvents = memoOn((s) => [selectFilterMasks(s)], (s) => {
  const masks = selectFilterMasks(s);
  return s.dataset.events.filter((_, i) => masks[i] === PASSES_ALL);
});

/** Dated events of the whole dataset in time order, sorted once; filtering keeps this order. */
const selectDatedByTime = memoOnDataset((s) => sortByTime(selectDatedEvents(s)));

/** The filtered dated events, time-indexed (timeIndex.ts): what the timeline and the window filter search. */
export const selectTimelineIndex = memoOn((s) => [selectFilteredEvents(s)], (s): TimeIndex => {
  const shown = new Set(selectFilteredEvents(s));
  return createTimeIndex(selectDatedByTime(s).filter((e) => shown.has(e)));
});

/** Filtered events in the visible time window, when the reader asked the map to follow the timeline. */
export const selectWindowedEvents = memoOn(
  (s) => [selectFilteredEvents(s), s.windowFilter, s.window],
  (s) => {
    const events = selectFilteredEvents(s);
    if (!s.windowFilter || !s.window) return events;
    // Found by binary search, then put back in the filtered order so the views do not reorder.
    const index = selectTimelineIndex(s);
    const touching = new Set(positionsTouching(index, s.window).map((i) => index.events[i]!));
    return sameOrPrevious(events.filter((e) => touching.has(e as DatedEvent)));
  },
);

let previousWindowed: Event[] = [];
/**
 * The previous windowed list when the new one holds the very same events: a drag that brings no event in
 * or out (a zoomed-out archive, all of it in view) then re-renders no list and rebuilds no map layer.
 */
function sameOrPrevious(next: Event[]): Event[] {
  const same = next.length === previousWindowed.length && next.every((e, i) => e === previousWindowed[i]);
  if (!same) previousWindowed = next;
  return previousWindowed;
}

/** Filtered (and, if asked, windowed) events that have a place: the map's markers. */
export const selectMapEvents = memoOn(
  (s) => [selectWindowedEvents(s)],
  (s) => selectWindowedEvents(s).filter((e): e is PlacedEvent => e.place !== null),
);

/** Filtered events that have a date: the timeline's items. */
export const selectTimelineEvents = memoOn(
  (s) => [selectFilteredEvents(s)],
  (s) => selectFilteredEvents(s).filter((e): e is DatedEvent => e.date !== null),
);

/** Whether any filter or search is active. */
export const selectFiltering = (s: AppState): boolean =>
  s.filters.query.trim() !== '' || FACETS.some((k) => s.filters[k].length > 0);

/** Per filter option, how many events it would show given the other active filters (facetCounts.ts). */
export const selectFacetCounts = memoOn((s) => [selectFilterMasks(s)], (s) => countFacets(s.dataset.events, selectFilterMasks(s)));

/** The whole dataset in reading order, sorted once: filtered lists keep this order. */
const selectAllByDate = memoOnDataset((s) => sortByDate(s.dataset.events));

/** Filtered events in reading order: the default story, and the print handout outside story mode. */
export const selectFilteredByDate = memoOn((s) => [selectFilteredEvents(s)], (s) => {
  const masks = selectFilterMasks(s);
  const position = selectDatasetPositions(s);
  return selectAllByDate(s).filter((e) => masks[position.get(e)!] === PASSES_ALL);
});

/** Each event's place in the dataset, to read its filter mask. */
const selectDatasetPositions = memoOnDataset((s) => new Map(s.dataset.events.map((e, i) => [e, i])));

/** The Events list: windowed events in reading order, without sorting again when only the window moved. */
export const selectWindowedByDate = memoOn((s) => [selectWindowedEvents(s)], (s) => {
  const windowed = selectWindowedEvents(s);
  const byDate = selectFilteredByDate(s);
  if (windowed === selectFilteredEvents(s)) return byDate;
  const shown = new Set(windowed);
  return byDate.filter((e) => shown.has(e));
});

/**
 * The steps of story mode: the authored story (`seeds/story.yaml`) when the dataset has one, whole and in
 * its order; otherwise what the reader is looking at, the filtered events by date. The compiler already
 * dropped authored steps naming no event, this only guards against a hand-made dataset.
 */
export const selectStorySteps = memoOn(
  (s) => [s.dataset, selectFilteredEvents(s)],
  (s): StoryStep[] => {
    const authored = s.dataset.story?.steps ?? [];
    if (authored.length > 0) {
      const ids = new Set(s.dataset.events.map((e) => e.id));
      return authored.filter((step) => ids.has(step.eventId));
    }
    return selectFilteredByDate(s).map((e) => ({ eventId: e.id }));
  },
);

/** The story step on screen, or null outside story mode. */
export const selectCurrentStoryStep = (s: AppState): StoryStep | null =>
  (s.story ? selectStorySteps(s)[s.story.step] ?? null : null);
