import { expect, test } from 'vitest';
import { isCalendarDate, precisionOf } from './calendarDate.ts';

test('accepts real dates at year, month and day precision', () => {
  for (const d of ['2017', '2017-01', '2017-12', '2017-09-28', '2016-02-29', '2000-02-29']) expect(isCalendarDate(d), d).toBe(true);
});

test('rejects impossible months and days and other shapes', () => {
  for (const d of ['2017-13', '2017-00', '2017-02-29', '1900-02-29', '2017-04-31', '2017-01-00', '17', '2017-1', '2017/03', '28 September 2017', '']) {
    expect(isCalendarDate(d), d).toBe(false);
  }
});

test('precision follows the parts given', () => {
  expect(precisionOf('2017')).toBe('year');
  expect(precisionOf('2017-03')).toBe('month');
  expect(precisionOf('2017-03-14')).toBe('day');
});
