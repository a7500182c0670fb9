import { describe, expect, it } from 'vitest';
import { dayStart, isoDay } from './isoDay.ts';

describe('isoDay and dayStart', () => {
  it('read and write local days', () => {
    expect(dayStart('2017-03-01')).toBe(new Date(2017, 2, 1).getTime());
    expect(isoDay(new Date(2017, 2, 1, 23, 59).getTime())).toBe('2017-03-01');
  });

  it('round-trip every year, 0–99 included (the Date constructor reads those as 19xx; issue 16.4)', () => {
    for (const day of ['0000-01-01', '0001-02-28', '0099-03-01', '0100-12-31', '1999-03-01', '9999-12-31']) {
      expect(isoDay(dayStart(day))).toBe(day);
    }
    expect(new Date(dayStart('0099-03-01')).getFullYear()).toBe(99);
  });

  it('gives NaN for a malformed day', () => {
    expect(dayStart('2017-03')).toBeNaN();
  });
});
