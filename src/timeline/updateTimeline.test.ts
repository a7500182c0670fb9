import { describe, expect, it } from 'vitest';
import type { TimelineItem } from 'vis-timeline/esnext';
import type { EventDate } from '../compiler/schema.ts';
import type { DatedEvent } from '../store/selectors.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { createTimeIndex, sortByTime } from '../store/timeIndex.ts';
import { createDrawFactories } from './drawFactories.ts';
import { createItemDrawer } from './itemDrawer.ts';
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

const factories = createDrawFactories((e) => e.title, (path) => ({ path }) as unknown as SVGElement);

/** Records calls; the window is whatever was last set; items go through the real drawer. */
function fakeTimeline() {
  const calls: string[] = [];
  const items = fakeData<TimelineItem>('items', calls);
  const groups = fakeData<{ id: string; order: number; content: string }>('groups', calls);
  const drawer = createItemDrawer(items.data, factories, () => {});
  let win = { start: new Date(2017, 0, 1), end: new Date(2017, 11, 31) };
  const animations: boolean[] = [];
  const t: TimelineLike = {
    groups: groups.data,
    draw: (source, window) => drawer.draw(source, window),
    setSelection: (ids) => calls.push(`setSelection:${ids.join(',')}`),
    revealItem: (id) => calls.push(`revealItem:${id}`),
    getWindow: () => win,
    setWindow: (start, end, { animation }) => {
      calls.push('setWindow');
      animations.push(animation);
      win = { start: new Date(start), end: new Date(end) };
    },
  };
  return { t, calls, rows: items.rows, animations, drawer };
}

const dated = (id: string, date: EventDate, type: DatedEvent['type'] = 'diplomacy'): DatedEvent => makeEvent(id, { title: id, type, date });
const a = dated('a', { start: '2017-06-01', precision: 'day' });
const old = dated('old', { start: '2001-01-01', precision: 'day' }, 'battles');
const war = dated('war', { start: '2010-01', end: '2015-12', precision: 'month' }, 'battles');
const index = createTimeIndex(sortByTime([a, old]));
const groups = [{ id: 'type:diplomacy', order: 0, content: 'Diplomacy' }, { id: 'type:battles', order: 1, content: 'Battles' }];
const base: TimelineProps = {
  index, groupBy: 'type', groups, selectedId: null, centreSelection: false, hoveredId: null, window: null, reduceMotion: false, width: 800,
};

describe('updateTimeline', () => {
  it('fills rows, frames every event without animation on the first run, and draws the window\'s items', () => {
    const { t, calls, animations, rows } = fakeTimeline();
    updateTimeline(t, base, null);
    expect(calls).toEqual(['groups.update:type:diplomacy,type:battles', 'setWindow', 'items.update:old,a', 'setSelection:']);
    expect(animations).toEqual([false]);
    expect(t.getWindow().start.valueOf()).toBeLessThan(new Date(2001, 0, 1).valueOf());
    expect(rows.get('a')).toMatchObject({ group: 'type:diplomacy', type: 'point', content: 'a' });
  });

  it('hands vis only the items near the window', () => {
    const { t, rows } = fakeTimeline();
    updateTimeline(t, { ...base, window: { start: new Date(2017, 0, 1).valueOf(), end: new Date(2017, 11, 31).valueOf() } }, null);
    expect([...rows.keys()]).toEqual(['a']);
  });

  it('on a new selection in the window, moves only the rows to it: its row may be scrolled out of view', () => {
    const { t, calls } = fakeTimeline();
    updateTimeline(t, { ...base, selectedId: 'a' }, base);
    expect(calls).toEqual(['items.update:a', 'setSelection:a', 'revealItem:a']);
  });

  it('pans to a selection outside the window, keeping the zoom, draws it, then scrolls its row into view', () => {
    const { t, calls, animations } = fakeTimeline();
    const before = t.getWindow();
    updateTimeline(t, { ...base, selectedId: 'old' }, base);
    expect(calls).toEqual(['setWindow', 'items.update:old', 'setSelection:old', 'revealItem:old']);
    expect(animations).toEqual([true]);
    const after = t.getWindow();
    expect(after.end.valueOf() - after.start.valueOf()).toBe(before.end.valueOf() - before.start.valueOf());
    expect((after.start.valueOf() + after.end.valueOf()) / 2).toBe(new Date(2001, 0, 1).valueOf());
  });

  it('shows the start of a selected range longer than the window, at the same zoom', () => {
    const { t } = fakeTimeline();
    const withLong = { ...base, index: createTimeIndex(sortByTime([a, old, war])) };
    updateTimeline(t, { ...withLong, selectedId: 'war' }, withLong);
    const { start, end } = t.getWindow();
    expect(end.valueOf() - start.valueOf()).toBe(new Date(2017, 11, 31).valueOf() - new Date(2017, 0, 1).valueOf());
    expect(start.valueOf()).toBeLessThan(new Date(2010, 0, 1).valueOf());
    expect(end.valueOf()).toBeGreaterThan(new Date(2010, 0, 1).valueOf());
  });

  it('checks the selection against the window just asked for, which an animation has not reached yet', () => {
    const { t, calls } = fakeTimeline();
    const around2001 = { start: new Date(2000, 6, 1).valueOf(), end: new Date(2001, 6, 1).valueOf() };
    // A link with a period and an event in it: the window moves to the period and stays there.
    t.getWindow = () => ({ start: new Date(2017, 0, 1), end: new Date(2017, 11, 31) });
    updateTimeline(t, { ...base, window: around2001, selectedId: 'old' }, base);
    expect(calls).toEqual(['setWindow', 'items.update:old', 'setSelection:old', 'revealItem:old']);
  });

  it('selects without animation on the first run (a link opens on its event)', () => {
    const { t, calls, animations } = fakeTimeline();
    updateTimeline(t, { ...base, window: { start: 0, end: 1 }, selectedId: 'a' }, null);
    expect(calls.slice(-3)).toEqual(['items.update:a', 'setSelection:a', 'revealItem:a']);
    expect(animations).toEqual([false, false]);
  });

  it('replaces an item that lost a key, so a range turned point keeps no end', () => {
    const { t, calls, rows } = fakeTimeline();
    const ranged = dated('a', { start: '2017-06', precision: 'month' });
    const before = { ...base, index: createTimeIndex(sortByTime([ranged, old])) };
    updateTimeline(t, before, null);
    expect(rows.get('a')).toHaveProperty('end');
    calls.length = 0;
    updateTimeline(t, base, before);
    expect(calls.slice(0, 3)).toEqual(['setWindow', 'items.remove:a', 'items.update:a']);
    expect(rows.get('a')).not.toHaveProperty('end');
  });

  it('centres every new selection in story mode, visible or not', () => {
    const { t, calls } = fakeTimeline();
    const story = { ...base, centreSelection: true };
    updateTimeline(t, { ...story, selectedId: 'a' }, story);
    expect(calls).toEqual(['setWindow', 'items.update:a', 'setSelection:a', 'revealItem:a']);
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
    expect(rows.get('a')?.className).toMatch(/ is-hovered$/);
    updateTimeline(t, { ...base, hoveredId: 'old' }, hoverA);
    expect(rows.get('a')?.className).not.toMatch(/is-hovered/);
    expect(rows.get('old')?.className).toMatch(/ is-hovered$/);
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
    expect(calls.filter((c) => c === 'setWindow')).toHaveLength(2);
    expect(animations).toEqual([true, false]);
  });

  it('frames all items again when the store window is cleared ("Fit all")', () => {
    const { t, calls } = fakeTimeline();
    updateTimeline(t, base, { ...base, window: { start: 0, end: 1 } });
    expect(calls[0]).toBe('setWindow');
    expect(t.getWindow().start.valueOf()).toBeLessThan(new Date(2001, 0, 1).valueOf());
  });

  it('draws density strips for a crowded window, and the selected event on top of them', () => {
    const { t, rows, drawer } = fakeTimeline();
    const many = Array.from({ length: 400 }, (_, i) => dated(`d${i}`, { start: `2016-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, precision: 'day' }));
    const crowded = { ...base, index: createTimeIndex(sortByTime(many)), selectedId: 'd7' };
    updateTimeline(t, crowded, null);
    expect(drawer.plan()?.mode).toBe('density');
    expect([...rows.keys()].sort()).toEqual(['d7', 'density:type:diplomacy']);
    expect(rows.get('density:type:diplomacy')).toMatchObject({ type: 'background', group: 'type:diplomacy' });
  });

  it('a filtered set growing back (a search cleared) hands vis strips, not the returning events (issue 16.6)', () => {
    const { t, calls, drawer } = fakeTimeline();
    const many = Array.from({ length: 10_000 }, (_, i) => dated(`d${i}`, { start: `2016-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, precision: 'day' }));
    // The reader's window spans the year, as after zooming out: the search left one event in it.
    const year = { start: new Date(2016, 0, 1).valueOf(), end: new Date(2016, 11, 31).valueOf() };
    const searched = { ...base, window: year, index: createTimeIndex(sortByTime(many.slice(0, 1))) };
    updateTimeline(t, searched, null);
    calls.length = 0;
    updateTimeline(t, { ...searched, index: createTimeIndex(sortByTime(many)) }, searched);
    const written = calls.filter((c) => c.startsWith('items.update:')).flatMap((c) => c.slice('items.update:'.length).split(','));
    expect(drawer.plan()?.mode).toBe('density');
    expect(written.length).toBeLessThanOrEqual(4);
  });
});
