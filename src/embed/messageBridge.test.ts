import { beforeEach, describe, expect, it } from 'vitest';
import { appStore, goToStep, resetAppStore, selectEvent, setDataset } from '../store/appStore.ts';
import { dayStart } from '../store/isoDay.ts';
import { testDataset } from '../testing/testDataset.ts';
import type { FrameMessage } from './frameMessage.ts';
import { startMessageBridge, type BridgeHost, type InboundMessage } from './messageBridge.ts';

/** A stand-in for an iframe's `window`: records what it posts to its parent and lets a test send messages. */
function fakeFrame() {
  const posted: { message: FrameMessage; target: string }[] = [];
  const parent = { postMessage: (message: FrameMessage, target: string) => { posted.push({ message, target }); } };
  let listener: ((event: InboundMessage) => void) | null = null;
  let report: ((height: number) => void) | null = null;
  let height = 480;
  const host: BridgeHost = {
    parent,
    addEventListener: (_type, l) => { listener = l; },
    removeEventListener: () => { listener = null; },
    observeHeight: (r) => {
      report = r;
      r(height);
      return () => { report = null; };
    },
  };
  return {
    host,
    parent,
    posted,
    messages: () => posted.map((p) => p.message),
    /** A message as the browser delivers it; from the parent at https://host.example unless said otherwise. */
    send: (data: unknown, from: Partial<InboundMessage> = {}) =>
      listener?.({ data, origin: 'https://host.example', source: parent, ...from }),
    resize: (next: number) => {
      height = next;
      report?.(next);
    },
    stopped: () => listener === null && report === null,
  };
}

describe('startMessageBridge', () => {
  beforeEach(() => {
    resetAppStore();
    setDataset(testDataset);
  });

  it('announces itself, then the height, to any origin when no list is set', () => {
    const frame = fakeFrame();
    const stop = startMessageBridge(frame.host, null);
    expect(frame.posted).toEqual([
      { message: { type: 'atlas:ready' }, target: '*' },
      { message: { type: 'atlas:resize', height: 480 }, target: '*' },
    ]);
    stop();
  });

  it('reports a selection made before it started (a deep link) right after ready', () => {
    selectEvent('siege');
    const frame = fakeFrame();
    const stop = startMessageBridge(frame.host, null);
    expect(frame.messages().slice(0, 2)).toEqual([{ type: 'atlas:ready' }, { type: 'atlas:selected', id: 'siege' }]);
    stop();
  });

  it('selects, clears, sets the window and steps through the story on host messages', () => {
    const frame = fakeFrame();
    const stop = startMessageBridge(frame.host, null);
    frame.send({ type: 'atlas:select', id: 'paris' });
    expect(appStore.getState().selectedId).toBe('paris');
    frame.send({ type: 'atlas:select', id: 'no-such-event' });
    expect(appStore.getState().selectedId).toBeNull();

    frame.send({ type: 'atlas:window', from: '2017-01-01', to: '2017-06-30' });
    expect(appStore.getState().window).toEqual({ start: dayStart('2017-01-01'), end: dayStart('2017-06-30') });

    // The default story is the events by date: siege (2015) first, then paris.
    frame.send({ type: 'atlas:story', step: 2 });
    expect(appStore.getState().story?.step).toBe(1);
    expect(appStore.getState().selectedId).toBe('paris');
    frame.send({ type: 'atlas:story', step: null });
    expect(appStore.getState().story).toBeNull();
    stop();
  });

  it('tells the host about every selection change, its own or the reader\'s', () => {
    const frame = fakeFrame();
    const stop = startMessageBridge(frame.host, null);
    frame.send({ type: 'atlas:select', id: 'paris' });
    selectEvent('siege');
    goToStep(1);
    selectEvent(null);
    const selected = frame.messages().filter((m) => m.type === 'atlas:selected');
    expect(selected).toEqual([
      { type: 'atlas:selected', id: 'paris' },
      { type: 'atlas:selected', id: 'siege' },
      { type: 'atlas:selected', id: 'paris' },
      { type: 'atlas:selected', id: null },
    ]);
    stop();
  });

  it('reports the height in whole pixels, only when it changes', () => {
    const frame = fakeFrame();
    const stop = startMessageBridge(frame.host, null);
    frame.resize(480.2);
    frame.resize(300.6);
    frame.resize(301.4);
    frame.resize(640);
    const heights = frame.messages().flatMap((m) => (m.type === 'atlas:resize' ? [m.height] : []));
    expect(heights).toEqual([480, 301, 640]);
    stop();
  });

  it('ignores messages of other shapes', () => {
    const frame = fakeFrame();
    const stop = startMessageBridge(frame.host, null);
    selectEvent('paris');
    for (const data of [null, 'atlas:select', { type: 'atlas:select', id: 7 }, { type: 'atlas:window', from: 'x', to: 'y' }, { type: 'select', id: 'siege' }]) {
      frame.send(data);
    }
    expect(appStore.getState().selectedId).toBe('paris');
    expect(appStore.getState().window).toBeNull();
    stop();
  });

  it('ignores messages from any window but its parent', () => {
    const frame = fakeFrame();
    const stop = startMessageBridge(frame.host, null);
    frame.send({ type: 'atlas:select', id: 'paris' }, { source: { postMessage: () => {} } });
    frame.send({ type: 'atlas:select', id: 'paris' }, { source: null });
    expect(appStore.getState().selectedId).toBeNull();
    stop();
  });

  it('with an allow-list, obeys only listed origins and posts only to them', () => {
    const frame = fakeFrame();
    const stop = startMessageBridge(frame.host, ['https://a.example', 'https://b.example']);
    expect(frame.posted.slice(0, 2)).toEqual([
      { message: { type: 'atlas:ready' }, target: 'https://a.example' },
      { message: { type: 'atlas:ready' }, target: 'https://b.example' },
    ]);
    frame.send({ type: 'atlas:select', id: 'paris' }, { origin: 'https://evil.example' });
    expect(appStore.getState().selectedId).toBeNull();
    frame.send({ type: 'atlas:select', id: 'paris' }, { origin: 'https://b.example' });
    expect(appStore.getState().selectedId).toBe('paris');
    expect(frame.posted.some((p) => p.target === '*')).toBe(false);
    stop();
  });

  it('with an empty allow-list, obeys nobody and posts nothing', () => {
    const frame = fakeFrame();
    const stop = startMessageBridge(frame.host, []);
    frame.send({ type: 'atlas:select', id: 'paris' });
    expect(appStore.getState().selectedId).toBeNull();
    expect(frame.posted).toEqual([]);
    stop();
  });

  it('stops listening, following the store and measuring when stopped', () => {
    const frame = fakeFrame();
    const stop = startMessageBridge(frame.host, null);
    stop();
    const before = frame.posted.length;
    selectEvent('paris');
    expect(frame.posted.length).toBe(before);
    expect(frame.stopped()).toBe(true);
  });
});
