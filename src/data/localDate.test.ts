import { describe, expect, it } from 'vitest';
import { localDate } from './localDate.ts';

describe('localDate', () => {
  it('keeps years 0–99 as they are (the Date constructor reads them as 1900–1999)', () => {
    for (const year of [0, 1, 99, 100, 1999, 2017]) {
      const date = localDate(year, 2, 1);
      expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([year, 2, 1, 0, 0]);
    }
  });

  it('is the local midnight the constructor gives from year 100 on, month and day overflow included', () => {
    expect(localDate(2017, 11, 32)).toEqual(new Date(2017, 11, 32));
    expect(localDate(2017, 12, 1)).toEqual(new Date(2018, 0, 1));
    expect(localDate(99, 12, 1).getFullYear()).toBe(100);
  });

  it('is invalid for a malformed part', () => {
    expect(localDate(Number.NaN, 0, 1).getTime()).toBeNaN();
  });
});
