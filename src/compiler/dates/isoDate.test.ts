import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareAt, formatIso, parseIso, toEventDate, weekdayOf } from './isoDate.ts';

describe('isoDate', () => {
  it('formats exactly as many parts as it knows', () => {
    expect(formatIso({ y: 2017 })).toBe('2017');
    expect(formatIso({ y: 2017, m: 3 })).toBe('2017-03');
    expect(formatIso({ y: 2017, m: 3, d: 4 })).toBe('2017-03-04');
    expect(parseIso('2017-03')).toEqual({ y: 2017, m: 3 });
    expect(parseIso('17/03/2017')).toBeNull();
  });

  it('gives a range the coarser precision of its ends and collapses equal ends', () => {
    expect(toEventDate({ y: 2019, m: 4, d: 4 }, { y: 2020, m: 6 })).toEqual({ start: '2019-04', end: '2020-06', precision: 'month' });
    expect(toEventDate({ y: 2019, m: 4, d: 4 }, { y: 2019, m: 4 })).toEqual({ start: '2019-04', precision: 'month' });
    expect(toEventDate({ y: 2019 }, { y: 2017 })).toEqual({ start: '2017', end: '2019', precision: 'year' });
  });

  it('does calendar arithmetic across month and year ends', () => {
    expect(addDays({ y: 2016, m: 2, d: 28 }, 2)).toEqual({ y: 2016, m: 3, d: 1 });
    expect(addMonths({ y: 2017, m: 9 }, -24)).toEqual({ y: 2015, m: 9 });
    expect(addMonths({ y: 2017, m: 1 }, -1)).toEqual({ y: 2016, m: 12 });
    expect(weekdayOf({ y: 2017, m: 9, d: 28 })).toBe(4);
    expect(compareAt({ y: 2017, m: 3 }, { y: 2017, m: 3, d: 14 })).toBe(0);
  });
});
