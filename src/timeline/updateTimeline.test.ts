import { describe, expect, it } from 'vitest';
import type { TimelineItem } from 'vis-timeline/esnext';
import type { DataLike } from './syncData.ts';
import { updateTimeline, type TimelineLike, type TimelineProps } from './updateTimeline.ts';

/** A DataSet stand-in that logs writes as `<name>.<op>:<ids>` and keeps rows for inspection. */
function fakeData<T extends { id: string | number }>(name: string, calls: string[]) {
  const rows = new Map<string | number, T>();
  const data: DataLike<T> = {
    getIds: () => [...rows.keys()],
    get: (id) => rows.get(id) ?? null,
    update: (next) => {
      calls.push(`${name}.update:${next.map((r) => r.id).join(',')}`);
      for (const r of next) rows.set(r.id, { ...rows.get(r.id), ...r });
    },
    remove: (ids) => {
      calls.push(`${name}.remove:${ids.join(',')}`);
      for (const id of ids) rows.delete(id);
    },
  };
  return { data, rows };
}

/** Records calls; the window is whatever was last set. */
function fakeTimeline() {
  const calls: string[] = [];
  const items = fakeData<TimelineItem>('items', calls);
  const groups = fakeData<{ id: string; order: number; content: string }>('groups', calls);
  let win = { start: new Date(2017, 0, 1), end: new Date(2017, 11, 31) };
  const animations: boolean[] = [];
  const t: TimelineLike = {
    items: items.data,
    groups: groups.data,
    setSelection: (ids) => calls.push(`setSelection:${ids.join(',')}`),
    revealItem: (id) => calls.push(`revealItem:${id}`),
    getWindow: () => win,
    setWindow: (start, end, { animation }) => {
      calls.push('setWindow');
      animations.push(animation);
      win = { start: new Date(start), end: new Date(end) };
    },
  };
  return { t, calls, rows: items.rows, animations };
}

const items: TimelineItem[] = [
  { id: 'a', start: new Date(2017, 5, 1), content: 'a', group: 'type:diplomacy', className: 'event-item' },
  { id: 'old', start: new Date(2001, 0, 1), content: 'old', group: 'type:battles', className: 'event-item' },
];
const groups = [{ id: 'type:diplomacy', order: 0, content: 'Diplomacy' }, { id: 'type:battles', order: 1, content: 'Battles' }];
const base: TimelineProps = { items, groups, selectedId: null, centreSelection: false, hoveredId: null, window: null, reduceMotion: false, width: 800 };

describe('updateTimeline', () => {
  it('fills rows and items and frames them, without animation, on the first run', () => {
    const { t, calls, animations } = fakeTimeline();
    updateTimeline(t, base, null);
    expect(calls).toEqual(['groups.update:type:diplomacy,type:battles', 'items.update:a,old', 'setWindow', 'setSelection:']);
    expect(animations).toEqual([false]);
  });

  it('adds new rows before moving items into them and drops old rows after', () => {
    const { t, calls } = fakeTimeline();
    updateTimeline(t, base, null);
    calls.length = 0;
    const byPlace = { ...base, groups: [{ id: 'place:Rome', order: 0, content: 'Rome' }], items: items.map((i) => ({ ...i, group: 'place:Rome' })) };
    updateTimeline(t, { ...byPlace, window: { start: 0, end: 1 } }, { ...base, window: { start: 0, end: 1 } });
    expect(calls.slice(0, 3)).toEqual(['groups.update:place:Rome', 'items.update:a,old', 'groups.remove:type:diplomacy,type:battles']);
  });

  it('removes items that are gone', () => {
    const { t, calls } = fakeTimeline();
    updateTimeline(t, base, null);
    calls.length = 0;
    updateTimeline(t, { ...base, items: [items[0]!] }, base);
    expect(calls.slice(0, 2)).toEqual(['items.remove:old', 'items.update:a']);
  });

  it('on a new selection in the window, moves only the rows to it: its row may be scrolled out of view', () => {
    const { t, calls } = fakeTimeline();
    updateTimeline(t, { ...base, selectedId: 'a' }, base);
    expect(calls).toEqual(['setSelection:a', 'revealItem:a']);
  });

  it('pans to a selection outside the window, keeping the zoom, then scrolls its row into view', () => {
    const { t, calls, animations } = fakeTimeline();
    const before = t.getWindow();
    updateTimeline(t, { ...base, selectedId: 'old' }, base);
    expect(calls).toEqual(['setSelection:old', 'setWindow', 'revealItem:old']);
    expect(animations).toEqual([true]);
    const after = t.getWindow();
    expect(after.end.valueOf() - after.start.valueOf()).toBe(before.end.valueOf() - before.start.valueOf());
    expect((after.start.valueOf() + after.end.valueOf()) / 2).toBe(new Date(2001, 0, 1).valueOf());
  });

  it('shows the start of a selected range longer than the window, at the same zoom', () => {
    const { t } = fakeTimeline();
    const long = { id: 'war', start: new Date(2010, 0, 1), end: new Date(2016, 0, 1), content: 'war', group: 'type:battles' };
    const withLong = { ...base, items: [...items, long] };
    updateTimeline(t, { ...withLong, selectedId: 'war' }, withLong);
    const { start, end } = t.getWindow();
    expect(end.valueOf() - start.valueOf()).toBe(new Date(2017, 11, 31).valueOf() - new Date(2017, 0, 1).valueOf());
    expect(start.valueOf()).toBeLessThan(long.start.valueOf());
    expect(end.valueOf()).toBeGreaterThan(long.start.valueOf());
  });

  it('checks the selection against the window just asked for, which an animation has not reached yet', () => {
    const { t, calls } = fakeTimeline();
    const around2001 = { start: new Date(2000, 6, 1).valueOf(), end: new Date(2001, 6, 1).valueOf() };
    // A link with a period and an event in it: the window moves to the period and stays there.
    t.getWindow = () => ({ start: new Date(2017, 0, 1), end: new Date(2017, 11, 31) });
    updateTimeline(t, { ...base, window: around2001, selectedId: 'old' }, base);
    expect(calls).toEqual(['setWindow', 'setSelection:old', 'revealItem:old']);
  });

  it('selects without animation on the first run (a link opens on its event)', () => {
    const { t, calls, animations } = fakeTimeline();
    updateTimeline(t, { ...base, window: { start: 0, end: 1 }, selectedId: 'a' }, null);
    expect(calls.slice(-3)).toEqual(['setSelection:a', 'setWindow', 'revealItem:a']);
    expect(animations).toEqual([false, false]);
  });

  it('replaces an item that lost a key, so a range turned point keeps no end', () => {
    const { t, calls, rows } = fakeTimeline();
    const ranged = { ...base, items: [{ ...items[0]!, end: new Date(2017, 6, 1) }, items[1]!] };
    updateTimeline(t, ranged, null);
    calls.length = 0;
    updateTimeline(t, base, ranged);
    expect(calls.slice(0, 2)).toEqual(['items.remove:a', 'items.update:a,old']);
    expect(rows.get('a')).not.toHaveProperty('end');
  });

  it('centres every new selection in story mode, visible or not', () => {
    const { t, calls } = fakeTimeline();
    const story = { ...base, centreSelection: true };
    updateTimeline(t, { ...story, selectedId: 'a' }, story);
    expect(calls).toEqual(['setSelection:a', 'setWindow', 'revealItem:a']);
    const { start, end } = t.getWindow();
    expect((start.valueOf() + end.valueOf()) / 2).toBe(new Date(2017, 5, 1).valueOf());
  });

  it('moves the hover class from one item to the next, touching only those two', () => {
    const { t, calls, rows } = fakeTimeline();
    updateTimeline(t, base, null);
    calls.length = 0;
    const hoverA = { ...base, hoveredId: 'a' };
    updateTimeline(t, hoverA, base);
    expect(calls).toEqual(['items.update:a']);
    expect(rows.get('a')?.className).toBe('event-item is-hovered');
    updateTimeline(t, { ...base, hoveredId: 'old' }, hoverA);
    expect(rows.get('a')?.className).toBe('event-item');
    expect(rows.get('old')?.className).toBe('event-item is-hovered');
  });

  it('keeps the hover class when the items are rebuilt', () => {
    const { t, rows } = fakeTimeline();
    updateTimeline(t, { ...base, hoveredId: 'a' }, null);
    updateTimeline(t, { ...base, items: [...items], hoveredId: 'a' }, { ...base, hoveredId: 'a' });
    expect(rows.get('a')?.className).toBe('event-item is-hovered');
  });

  it('does nothing when props are unchanged', () => {
    const { t, calls } = fakeTimeline();
    updateTimeline(t, base, base);
    expect(calls).toEqual([]);
  });

  it('applies a store window only when it differs from the current one, animated unless motion is reduced', () => {
    const { t, calls, animations } = fakeTimeline();
    const same = { start: new Date(2017, 0, 1).valueOf(), end: new Date(2017, 11, 31).valueOf() };
    updateTimeline(t, { ...base, window: same }, base);
    expect(calls).toEqual([]);
    updateTimeline(t, { ...base, window: { start: 0, end: 1 } }, base);
    updateTimeline(t, { ...base, window: { start: 0, end: 2 }, reduceMotion: true }, base);
    expect(calls).toEqual(['setWindow', 'setWindow']);
    expect(animations).toEqual([true, false]);
  });

  it('frames all items again when the store window is cleared ("Fit all")', () => {
    const { t, calls } = fakeTimeline();
    updateTimeline(t, base, { ...base, window: { start: 0, end: 1 } });
    expect(calls).toEqual(['setWindow']);
    expect(t.getWindow().start.valueOf()).toBeLessThan(new Date(2001, 0, 1).valueOf());
  });
});
