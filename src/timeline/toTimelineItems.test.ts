import { describe, expect, it } from 'vitest';
import { selectDatedEvents } from '../store/selectors.ts';
import { initialState } from '../store/appStore.ts';
import { testDataset } from '../testing/testDataset.ts';
import { toTimelineItems } from './toTimelineItems.ts';

const events = selectDatedEvents({ ...initialState, dataset: testDataset });
const items = toTimelineItems(events, 'type', (e) => e.title);

describe('toTimelineItems', () => {
  it('draws a day as a point and an approximate range as a fuzzy range', () => {
    const [point, range] = items;
    expect(point).toMatchObject({ id: 'paris', type: 'point', group: 'type:diplomacy' });
    // No `end` key: vis's focus() would read it as a date.
    expect(point).not.toHaveProperty('end');
    expect(range).toMatchObject({ id: 'siege', type: 'range', end: new Date(2017, 9, 1), group: 'type:battles' });
    expect(range?.className).toContain('is-approximate');
    expect(range?.className).toContain('is-range');
  });

  it('draws a month without an end as a range over the month', () => {
    const [item] = toTimelineItems(
      [{ ...events[0]!, date: { start: '2017-03', precision: 'month' } }],
      'type',
      (e) => e.title,
    );
    expect(item).toMatchObject({ type: 'range', start: new Date(2017, 2, 1), end: new Date(2017, 3, 1) });
    expect(item?.className).toContain('is-month');
  });

  it('puts items in place rows when grouped by place', () => {
    expect(toTimelineItems(events, 'place', (e) => e.title).map((i) => i.group))
      .toEqual(['place:Paris', 'place:Benghazi', 'place:?']);
  });

  it('takes content from the factory, never from raw title strings itself', () => {
    const marker = {} as HTMLElement;
    expect(toTimelineItems(events, 'type', () => marker).every((i) => i.content === marker)).toBe(true);
  });
});
