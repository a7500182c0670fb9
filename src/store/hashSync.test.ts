import { beforeEach, describe, expect, it } from 'vitest';
import { appStore, goToStep, leaveStory, resetAppStore, selectEvent, setDataset, setGroupBy, setWindow, toggleFilter } from './appStore.ts';
import { startHashSync, type HashHost } from './hashSync.ts';
import { dayStart } from './isoDay.ts';
import { testDataset } from '../testing/testDataset.ts';

/** A stand-in for `window`: pushState/replaceState change the hash without firing hashchange, as browsers do. */
function fakeHost(hash: string) {
  let listener: (() => void) | null = null;
  const pushed: string[] = [];
  const replaced: string[] = [];
  const write = (log: string[]) => (_data: unknown, _unused: string, url?: string | URL | null) => {
    const text = String(url);
    log.push(text);
    host.location.hash = text.startsWith('#') ? text : '';
  };
  const host: HashHost = {
    location: { hash, pathname: '/atlas/', search: '' },
    history: { pushState: write(pushed), replaceState: write(replaced) },
    addEventListener: (_type, l) => { listener = l; },
    removeEventListener: () => { listener = null; },
  };
  const navigate = (next: string) => {
    host.location.hash = next;
    listener?.();
  };
  return { host, pushed, replaced, navigate, listening: () => listener !== null };
}

describe('startHashSync', () => {
  beforeEach(() => {
    resetAppStore();
    setDataset(testDataset);
  });

  it('selects the event a link names', () => {
    const { host } = fakeHost('#event=siege');
    const stop = startHashSync(host);
    expect(appStore.getState().selectedId).toBe('siege');
    stop();
  });

  it('applies the whole view a link names', () => {
    const { host, pushed, replaced } = fakeHost('#event=paris&from=2017-01-01&to=2017-12-01&type=diplomacy&q=paris&group=place');
    const stop = startHashSync(host);
    const s = appStore.getState();
    expect(s.window).toEqual({ start: dayStart('2017-01-01'), end: dayStart('2017-12-01') });
    expect(s.filters.types).toEqual(['diplomacy']);
    expect(s.filters.query).toBe('paris');
    expect(s.groupBy).toBe('place');
    expect(s.selectedId).toBe('paris');
    // Applying a link must not rewrite it.
    expect([...pushed, ...replaced]).toEqual([]);
    stop();
  });

  it('pushes a history entry per selection, and clears the hash on deselection', () => {
    const { host, pushed } = fakeHost('');
    const stop = startHashSync(host);
    selectEvent('paris');
    selectEvent('siege');
    selectEvent(null);
    expect(pushed).toEqual(['#event=paris', '#event=siege', '/atlas/']);
    stop();
  });

  it('replaces the entry for filters, window and grouping', () => {
    const { host, pushed, replaced } = fakeHost('#event=paris');
    const stop = startHashSync(host);
    toggleFilter('types', 'diplomacy');
    setWindow({ start: dayStart('2017-01-01'), end: dayStart('2017-02-01') });
    setGroupBy('place');
    expect(pushed).toEqual([]);
    expect(replaced.at(-1)).toBe('#event=paris&from=2017-01-01&to=2017-02-01&type=diplomacy&group=place');
    stop();
  });

  it('replaces the entry when a filter hides the selection, which it clears', () => {
    const { host, pushed, replaced } = fakeHost('#event=paris');
    const stop = startHashSync(host);
    toggleFilter('types', 'battles');
    expect(pushed).toEqual([]);
    expect(replaced.at(-1)).toBe('#type=battles');
    stop();
  });

  it('follows hashchange (Back, Forward, edited URL) without pushing again', () => {
    const { host, pushed, replaced, navigate } = fakeHost('');
    const stop = startHashSync(host);
    navigate('#event=paris&certainty=stated');
    expect(appStore.getState().selectedId).toBe('paris');
    expect(appStore.getState().filters.certainties).toEqual(['stated']);
    navigate('#event=siege');
    expect(appStore.getState().filters.certainties).toEqual([]);
    expect([...pushed, ...replaced]).toEqual([]);
    stop();
  });

  it('opens story mode on the step a link names, which wins over its event', () => {
    // The default story is the events by date: siege (2015), then paris, unplaced (2017-09-28, by title), undated.
    const { host, replaced } = fakeHost('#event=paris&story=1');
    const stop = startHashSync(host);
    expect(appStore.getState().story).toEqual({ step: 0, playing: false });
    expect(appStore.getState().selectedId).toBe('siege');
    expect(replaced).toEqual([]);
    stop();
  });

  it('pushes a history entry per story step, and drops the step when the story ends', () => {
    const { host, pushed, replaced, navigate } = fakeHost('');
    const stop = startHashSync(host);
    goToStep(0);
    goToStep(1);
    expect(pushed).toEqual(['#event=siege&story=1', '#event=paris&story=2']);
    navigate('#event=siege&story=1');
    expect(appStore.getState().story?.step).toBe(0);
    leaveStory();
    expect(replaced.at(-1)).toBe('#event=siege');
    stop();
  });

  it('stops listening when stopped', () => {
    const { host, pushed, listening } = fakeHost('');
    const stop = startHashSync(host);
    stop();
    selectEvent('paris');
    expect(pushed).toEqual([]);
    expect(listening()).toBe(false);
  });
});
