import { beforeEach, describe, expect, it } from 'vitest';
import { appStore, goToStep, leaveStory, resetAppStore, selectEvent, setDataset, setFilters, setStoryPlaying, setWindow } from './appStore.ts';
import { testDataset } from '../testing/testDataset.ts';

// The store is plain zustand/vanilla: no React, no DOM needed to test it.
describe('appStore', () => {
  beforeEach(() => {
    resetAppStore();
    setDataset(testDataset);
  });

  it('selects a known event and clears with null', () => {
    selectEvent('siege');
    expect(appStore.getState().selectedId).toBe('siege');
    selectEvent(null);
    expect(appStore.getState().selectedId).toBeNull();
  });

  it('treats an unknown id as no selection, and remembers it was asked for', () => {
    selectEvent('paris');
    selectEvent('no-such-event');
    expect(appStore.getState()).toMatchObject({ selectedId: null, missingId: 'no-such-event' });
    selectEvent('paris');
    expect(appStore.getState()).toMatchObject({ selectedId: 'paris', missingId: null });
  });

  it('does not notify when the selection is unchanged', () => {
    selectEvent('paris');
    let calls = 0;
    const unsubscribe = appStore.subscribe(() => { calls += 1; });
    selectEvent('paris');
    unsubscribe();
    expect(calls).toBe(0);
  });

  it('skips a window equal to the current one, so a timeline echo cannot loop', () => {
    setWindow({ start: 1, end: 2 });
    const before = appStore.getState().window;
    let calls = 0;
    const unsubscribe = appStore.subscribe(() => { calls += 1; });
    setWindow({ start: 1, end: 2 });
    expect(calls).toBe(0);
    expect(appStore.getState().window).toBe(before);
    setWindow({ start: 1, end: 3 });
    unsubscribe();
    expect(calls).toBe(1);
  });

  it('drops a selection that the new dataset lacks, keeps one it has', () => {
    selectEvent('paris');
    setDataset({ ...testDataset, events: testDataset.events.filter((e) => e.id !== 'paris') });
    expect(appStore.getState().selectedId).toBeNull();
    selectEvent('siege');
    setDataset({ ...testDataset });
    expect(appStore.getState().selectedId).toBe('siege');
  });

  it('clears a selection that a filter hides, keeps one it shows', () => {
    selectEvent('siege');
    setFilters({ query: 'siege' });
    expect(appStore.getState().selectedId).toBe('siege');
    setFilters({ query: 'paris' });
    expect(appStore.getState().selectedId).toBeNull();
  });
});

describe('story mode', () => {
  beforeEach(() => {
    resetAppStore();
    setDataset(testDataset);
  });

  it('walks the events by date and selects each step, clamping to the ends', () => {
    goToStep(0);
    expect(appStore.getState()).toMatchObject({ story: { step: 0 }, selectedId: 'siege' });
    goToStep(1);
    expect(appStore.getState().selectedId).toBe('paris');
    goToStep(99);
    expect(appStore.getState()).toMatchObject({ story: { step: 3 }, selectedId: 'undated' });
    goToStep(-5);
    expect(appStore.getState().story?.step).toBe(0);
  });

  it('walks only what the filters leave when there is no authored story', () => {
    setFilters({ types: ['battles'] });
    goToStep(5);
    expect(appStore.getState()).toMatchObject({ story: { step: 0 }, selectedId: 'siege' });
  });

  it('follows an authored story in its order, whatever the filters', () => {
    setDataset({ ...testDataset, story: { steps: [{ eventId: 'paris', caption: 'First Paris' }, { eventId: 'gone' }, { eventId: 'siege' }] } });
    setFilters({ types: ['protests'] });
    goToStep(1);
    expect(appStore.getState()).toMatchObject({ story: { step: 1 }, selectedId: 'siege' });
  });

  it('stops autoplay on the last step, and keeps the selection when leaving', () => {
    goToStep(2);
    setStoryPlaying(true);
    goToStep(3);
    expect(appStore.getState().story).toEqual({ step: 3, playing: false });
    leaveStory();
    expect(appStore.getState()).toMatchObject({ story: null, selectedId: 'undated' });
    setStoryPlaying(true);
    expect(appStore.getState().story).toBeNull();
  });

  it('moves the story to the step of an event selected on a view', () => {
    goToStep(0);
    selectEvent('undated');
    expect(appStore.getState().story?.step).toBe(3);
  });

  it('does not start a story with no steps', () => {
    setFilters({ query: 'nothing matches this' });
    goToStep(0);
    expect(appStore.getState().story).toBeNull();
  });
});
