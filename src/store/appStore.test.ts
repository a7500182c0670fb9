import { beforeEach, describe, expect, it } from 'vitest';
import { appStore, resetAppStore, selectEvent, setDataset, setWindow } from './appStore.ts';
import { testDataset } from './testDataset.ts';

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

  it('treats an unknown id as no selection', () => {
    selectEvent('paris');
    selectEvent('no-such-event');
    expect(appStore.getState().selectedId).toBeNull();
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
});
