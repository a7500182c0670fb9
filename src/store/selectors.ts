/**
 * Derived data as pure `(state) => value` selectors. Selectors that build arrays or maps memoise on the
 * dataset object, so React bindings get a stable reference and zustand does not re-render in a loop.
 */
import type { Document, Event, StoryStep } from '../compiler/schema.ts';
import type { AppState } from './appState.ts';
import type { DatedEvent, PlacedEvent } from './eventKinds.ts';
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

export type { DatedEvent, PlacedEvent };

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

/** Each time-index position's place in the dataset, to mark window masks. */
const selectTimelinePositions = memoOn((s) => [selectTimelineIndex(s)], (s) => {
  const position = selectDatasetPositions(s);
  return Int32Array.from(selectTimelineIndex(s).events, (e) => position.get(e)!);
});

/**
 * Which events (by dataset position) the visible time window holds, when the reader asked the map to follow
 * the timeline; null when it does not. Found by binary search (timeIndex.ts) and marked in a byte per
 * event, so the lists below are read off in their own order by a scan of bytes, with no set or sort.
 */
const selectWindowMask = memoOn((s) => [selectFilteredEvents(s), s.windowFilter, s.window], (s): Uint8Array | null => {
  if (!s.windowFilter || !s.window) return null;
  const at = selectTimelinePositions(s);
  const mask = new Uint8Array(s.dataset.events.length);
  for (const i of positionsTouching(selectTimelineIndex(s), s.window)) mask[at[i]!] = 1;
  return mask;
});

/** Filtered events in the visible time window, when the reader asked the map to follow the timeline. */
export const selectWindowedEvents = memoOn(
  (s) => [selectFilteredEvents(s), selectWindowMask(s)],
  (s) => {
    const mask = selectWindowMask(s);
    if (!mask) return selectFilteredEvents(s);
    // In dataset order, which is the filtered order: the views do not reorder.
    const { events } = s.dataset;
    const windowed: Event[] = [];
    for (let i = 0; i < mask.length; i++) if (mask[i] === 1) windowed.push(events[i]!);
    return sameOrPrevious(windowed);
  },
);

/**
 * The event with this id when the map shows it (the filters and, if on, the time window leave it and it
 * has a place), else null. O(1): the store runs such selectors on every update (each hover, each step of a
 * timeline drag), so this reads the event's filter bits, not a list of the shown events.
 */
export function selectOnMap(s: AppState, id: string | null): PlacedEvent | null {
  const event = id === null ? undefined : selectEventsById(s).get(id);
  if (!event || event.place === null) return null;
  const position = selectDatasetPositions(s).get(event)!;
  const windowMask = selectWindowMask(s);
  const shown = windowMask ? windowMask[position] === 1 : selectFilterMasks(s)[position] === PASSES_ALL;
  return shown ? (event as PlacedEvent) : null;
}

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

/** The dataset position of each event in reading order. */
const selectPositionsByDate = memoOnDataset((s) => {
  const position = selectDatasetPositions(s);
  return Int32Array.from(selectAllByDate(s), (e) => position.get(e)!);
});

/** The Events list: windowed events in reading order, read off the window's mask without sorting again. */
export const selectWindowedByDate = memoOn((s) => [selectWindowedEvents(s)], (s) => {
  const mask = selectWindowMask(s);
  if (!mask) return selectFilteredByDate(s);
  const byDate = selectAllByDate(s);
  const positions = selectPositionsByDate(s);
  const shown: Event[] = [];
  for (let r = 0; r < positions.length; r++) if (mask[positions[r]!] === 1) shown.push(byDate[r]!);
  return shown;
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
