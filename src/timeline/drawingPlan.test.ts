import { describe, expect, it } from 'vitest';
import type { TimelineItem } from 'vis-timeline/esnext';
import type { DatedEvent } from '../store/selectors.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { createTimeIndex, sortByTime } from '../store/timeIndex.ts';
import { MAX_ITEMS, drawingMode, planDrawing, planHolds, type DrawFactories, type DrawSource } from './drawingPlan.ts';

const DAY = 24 * 3600 * 1000;
const origin = new Date(2016, 0, 1).valueOf();
// One event a day for a thousand days, alternating between two types.
const events: DatedEvent[] = Array.from({ length: 1000 }, (_, i) => {
  const d = new Date(origin + i * DAY + 12 * 3600 * 1000);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return makeEvent(`e${i}`, { type: i % 2 ? 'battles' : 'diplomacy', date: { start: iso, precision: 'day' } });
});
const factories: DrawFactories = {
  item: (e) => ({ id: e.id, start: 0, content: e.id, group: e.type }) as TimelineItem,
  strip: (path) => ({ path }) as unknown as SVGElement,
};
const source: DrawSource = { index: createTimeIndex(sortByTime(events)), groupBy: 'type', pinned: [], hoveredId: null, width: 1000 };
const days = (from: number, to: number) => ({ start: origin + from * DAY, end: origin + to * DAY });

describe('drawingMode', () => {
  it('switches to density above the limit and back to boxes only well below it', () => {
    expect(drawingMode(MAX_ITEMS, null)).toBe('items');
    expect(drawingMode(MAX_ITEMS + 1, 'items')).toBe('density');
    expect(drawingMode(MAX_ITEMS, 'density')).toBe('density');
    expect(drawingMode(100, 'density')).toBe('items');
  });
});

describe('planDrawing', () => {
  it('hands vis the boxes of a window that holds few events, with a margin for the next drag', () => {
    const plan = planDrawing(source, days(100, 130), factories, null);
    expect(plan.mode).toBe('items');
    expect(plan.items.length).toBeGreaterThan(30);
    expect(plan.items.length).toBeLessThanOrEqual(61);
    expect(planHolds(plan, days(110, 140))).toBe(true);
    expect(planHolds(plan, days(140, 170))).toBe(false);
  });

  it('hands vis one strip per row for a crowded window, plus the pinned events', () => {
    const plan = planDrawing({ ...source, pinned: ['e3', 'nowhere'] }, days(0, 1000), factories, null);
    expect(plan.mode).toBe('density');
    expect(plan.items.map((i) => i.id)).toEqual(['density:type:diplomacy', 'density:type:battles', 'e3']);
    expect(plan.items[0]).toMatchObject({ type: 'background', group: 'type:diplomacy' });
  });

  it('re-plans on a zoom that changes the bars, and reuses the strips for a hover', () => {
    const plan = planDrawing(source, days(0, 1000), factories, null);
    expect(planHolds(plan, days(10, 1010))).toBe(true);
    expect(planHolds(plan, days(0, 500))).toBe(false);
    const hovered = planDrawing({ ...source, hoveredId: 'e1' }, days(0, 1000), factories, plan);
    expect(hovered.strips).toBe(plan.strips);
  });
});
