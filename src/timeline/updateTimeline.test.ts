import { describe, expect, it } from 'vitest';
import type { TimelineItem } from 'vis-timeline/esnext';
import { updateTimeline, type TimelineLike, type TimelineProps } from './updateTimeline.ts';

/** Records calls; the window is whatever was last set. */
function fakeTimeline() {
  const calls: string[] = [];
  let win = { start: new Date(2017, 0, 1), end: new Date(2017, 11, 31) };
  const t: TimelineLike = {
    setItems: () => calls.push('setItems'),
    setSelection: (ids) => calls.push(`setSelection:${ids.join(',')}`),
    focus: (id) => calls.push(`focus:${id}`),
    getWindow: () => win,
    setWindow: (start, end) => {
      calls.push('setWindow');
      win = { start: new Date(start), end: new Date(end) };
    },
  };
  return { t, calls };
}

const items: TimelineItem[] = [
  { id: 'a', start: new Date(2017, 5, 1), content: 'a' },
  { id: 'old', start: new Date(2001, 0, 1), content: 'old' },
];
const base: TimelineProps = { items, selectedId: null, window: null, reduceMotion: true, width: 800 };

describe('updateTimeline', () => {
  it('sets items and frames them on the first run', () => {
    const { t, calls } = fakeTimeline();
    updateTimeline(t, base, null);
    expect(calls).toEqual(['setItems', 'setWindow', 'setSelection:']);
  });

  it('touches only the selection when only the selection changed', () => {
    const { t, calls } = fakeTimeline();
    updateTimeline(t, { ...base, selectedId: 'a' }, base);
    expect(calls).toEqual(['setSelection:a']);
  });

  it('brings an off-window selection into view', () => {
    const { t, calls } = fakeTimeline();
    updateTimeline(t, { ...base, selectedId: 'old' }, base);
    expect(calls).toEqual(['setSelection:old', 'focus:old']);
  });

  it('does nothing when props are unchanged', () => {
    const { t, calls } = fakeTimeline();
    updateTimeline(t, base, base);
    expect(calls).toEqual([]);
  });

  it('applies a store window only when it differs from the current one', () => {
    const { t, calls } = fakeTimeline();
    const same = { start: new Date(2017, 0, 1).valueOf(), end: new Date(2017, 11, 31).valueOf() };
    updateTimeline(t, { ...base, window: same }, base);
    expect(calls).toEqual([]);
    updateTimeline(t, { ...base, window: { start: 0, end: 1 } }, base);
    expect(calls).toEqual(['setWindow']);
  });
});
