import { beforeEach, describe, expect, it } from 'vitest';
import { appStore, resetAppStore, selectEvent, setDataset } from './appStore.ts';
import { startHashSync, type HashHost } from './hashSync.ts';
import { testDataset } from './testDataset.ts';

/** A stand-in for `window`: pushState changes the hash without firing hashchange, as browsers do. */
function fakeHost(hash: string) {
  let listener: (() => void) | null = null;
  const pushed: string[] = [];
  const host: HashHost = {
    location: { hash, pathname: '/atlas/', search: '' },
    history: {
      pushState: (_data: unknown, _unused: string, url?: string | URL | null) => {
        pushed.push(String(url));
        const text = String(url);
        host.location.hash = text.startsWith('#') ? text : '';
      },
    },
    addEventListener: (_type, l) => { listener = l; },
    removeEventListener: () => { listener = null; },
  };
  const navigate = (next: string) => {
    host.location.hash = next;
    listener?.();
  };
  return { host, pushed, navigate, listening: () => listener !== null };
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

  it('pushes a history entry per selection, and clears the hash on deselection', () => {
    const { host, pushed } = fakeHost('');
    const stop = startHashSync(host);
    selectEvent('paris');
    selectEvent('siege');
    selectEvent(null);
    expect(pushed).toEqual(['#event=paris', '#event=siege', '/atlas/']);
    stop();
  });

  it('follows hashchange (Back, Forward, edited URL) without pushing again', () => {
    const { host, pushed, navigate } = fakeHost('');
    const stop = startHashSync(host);
    navigate('#event=paris');
    expect(appStore.getState().selectedId).toBe('paris');
    expect(pushed).toEqual([]);
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
