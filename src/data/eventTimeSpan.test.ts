import { describe, expect, it } from 'vitest';
import { eventTimeSpan } from './eventTimeSpan.ts';

const local = (y: number, m: number, d: number) => new Date(y, m - 1, d);

describe('eventTimeSpan', () => {
  it('covers the whole unit, not its first day', () => {
    expect(eventTimeSpan({ start: '2017-03', precision: 'month' })).toEqual({ start: local(2017, 3, 1), end: local(2017, 4, 1) });
    expect(eventTimeSpan({ start: '2017', precision: 'year' })).toEqual({ start: local(2017, 1, 1), end: local(2018, 1, 1) });
    expect(eventTimeSpan({ start: '2017-09-28', precision: 'day' })).toEqual({ start: local(2017, 9, 28), end: local(2017, 9, 29) });
  });

  it('runs a range to the end of its last unit, across a year end', () => {
    expect(eventTimeSpan({ start: '2015-09', end: '2017-12', precision: 'month' }))
      .toEqual({ start: local(2015, 9, 1), end: local(2018, 1, 1) });
  });

  it('keeps years 0–99 where they are, not in 1900–1999 (issue 16.4)', () => {
    const { start, end } = eventTimeSpan({ start: '0099-03', precision: 'month' });
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([99, 2, 1, 0]);
    expect([end.getFullYear(), end.getMonth(), end.getDate()]).toEqual([99, 3, 1]);
    expect(eventTimeSpan({ start: '0099', precision: 'year' }).end.getFullYear()).toBe(100);
    expect(eventTimeSpan({ start: '0000-12-31', precision: 'day' }).end.getFullYear()).toBe(1);
  });
});
