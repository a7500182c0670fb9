import { beforeEach, describe, expect, it } from 'vitest';
import { appStore, resetAppStore, selectEvent, setDataset, setFilters, setHovered, setWindow, setWindowFilter } from './appStore.ts';
import {
  selectCounts, selectDatedEvents, selectDocumentsById, selectFacetCounts, selectFilteredByDate, selectFilteredEvents, selectPlacedEvents,
  selectOnMap, selectSelectedEvent, selectTimelineIndex, selectWindowedByDate, selectWindowedEvents,
} from './selectors.ts';
import { testDataset } from '../testing/testDataset.ts';

describe('selectors', () => {
  beforeEach(() => {
    resetAppStore();
    setDataset(testDataset);
  });

  it('keeps placed and dated events only', () => {
    const state = appStore.getState();
    expect(selectPlacedEvents(state).map((e) => e.id)).toEqual(['paris', 'siege', 'undated']);
    expect(selectDatedEvents(state).map((e) => e.id)).toEqual(['paris', 'siege', 'unplaced']);
  });

  it('returns the same array for the same dataset (zustand would re-render in a loop otherwise)', () => {
    const first = selectPlacedEvents(appStore.getState());
    selectEvent('paris');
    expect(selectPlacedEvents(appStore.getState())).toBe(first);
    expect(selectCounts(appStore.getState())).toBe(selectCounts(appStore.getState()));
  });

  it('finds the selected event and its documents', () => {
    expect(selectSelectedEvent(appStore.getState())).toBeNull();
    selectEvent('siege');
    expect(selectSelectedEvent(appStore.getState())?.title).toBe('Siege');
    expect(selectDocumentsById(appStore.getState()).get('doc-1')?.title).toBe('A document');
    expect(selectCounts(appStore.getState())).toEqual({ events: 4, documents: 1 });
  });

  it('recomputes no filtered set, count or index on a selection or hover', () => {
    const derived = (st = appStore.getState()) =>
      [selectFilteredEvents(st), selectFacetCounts(st), selectTimelineIndex(st), selectFilteredByDate(st), selectWindowedByDate(st)];
    const before = derived();
    selectEvent('siege');
    setHovered('paris');
    derived().forEach((value, i) => expect(value).toBe(before[i]));
  });

  it('filters, counts and orders from one pass over the filters', () => {
    setFilters({ query: 'siege' });
    const state = appStore.getState();
    expect(selectFilteredEvents(state).map((e) => e.id)).toEqual(['siege']);
    expect(selectTimelineIndex(state).events.map((e) => e.id)).toEqual(['siege']);
    expect(Object.fromEntries(selectFacetCounts(state).types)).toEqual({ battles: 1 });
    setFilters({ query: '', types: ['diplomacy'] });
    expect(selectFilteredByDate(appStore.getState()).map((e) => e.id)).toEqual(['paris', 'unplaced', 'undated']);
  });

  it('keeps the windowed list when a window move brings no event in or out', () => {
    setWindowFilter(true);
    setWindow({ start: new Date(2017, 0, 1).valueOf(), end: new Date(2018, 0, 1).valueOf() });
    const first = selectWindowedEvents(appStore.getState());
    expect(first.map((e) => e.id)).toEqual(['paris', 'siege', 'unplaced']);
    setWindow({ start: new Date(2017, 0, 2).valueOf(), end: new Date(2018, 0, 2).valueOf() });
    expect(selectWindowedEvents(appStore.getState())).toBe(first);
    setWindow({ start: new Date(2017, 8, 29).valueOf(), end: new Date(2018, 0, 2).valueOf() });
    expect(selectWindowedEvents(appStore.getState()).map((e) => e.id)).toEqual(['siege']);
  });

  it('lists the windowed events by date, as the filtered list read in the window', () => {
    setWindowFilter(true);
    setWindow({ start: new Date(2016, 0, 1).valueOf(), end: new Date(2017, 8, 1).valueOf() });
    expect(selectWindowedByDate(appStore.getState()).map((e) => e.id)).toEqual(['siege']);
    setWindow({ start: new Date(2017, 0, 1).valueOf(), end: new Date(2018, 0, 1).valueOf() });
    const byDate = selectFilteredByDate(appStore.getState()).filter((e) => e.id !== 'undated');
    expect(selectWindowedByDate(appStore.getState())).toEqual(byDate);
    setWindowFilter(false);
    expect(selectWindowedByDate(appStore.getState())).toBe(selectFilteredByDate(appStore.getState()));
  });

  it('says whether the map shows an event: placed, left by the filters and, when on, by the window', () => {
    const onMap = (id: string | null) => selectOnMap(appStore.getState(), id)?.id ?? null;
    expect([onMap('paris'), onMap('siege'), onMap('undated'), onMap('unplaced'), onMap('nope'), onMap(null)])
      .toEqual(['paris', 'siege', 'undated', null, null, null]);
    setFilters({ types: ['battles'] });
    expect([onMap('paris'), onMap('siege')]).toEqual([null, 'siege']);
    setFilters({ types: [] });
    setWindowFilter(true);
    setWindow({ start: new Date(2017, 8, 29).valueOf(), end: new Date(2018, 0, 1).valueOf() });
    // Undated events have no place in time: the window filter leaves them out, as it does from the list.
    expect([onMap('paris'), onMap('siege'), onMap('undated')]).toEqual([null, 'siege', null]);
  });
});
