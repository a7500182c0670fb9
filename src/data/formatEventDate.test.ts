import { describe, expect, it } from 'vitest';
import { formatEventDate } from './formatEventDate.ts';

describe('formatEventDate', () => {
  it('says no more than the precision', () => {
    expect(formatEventDate({ start: '2017-09-28', precision: 'day' })).toBe('28 September 2017');
    expect(formatEventDate({ start: '2017-03', precision: 'month' })).toBe('March 2017');
    expect(formatEventDate({ start: '2017', precision: 'year' })).toBe('2017');
    expect(formatEventDate({ start: '0099-03', precision: 'month' })).toBe('March 0099');
  });

  it('formats ranges, hedged ones with "about"', () => {
    expect(formatEventDate({ start: '2015-09', end: '2017-09', precision: 'month', approximate: true }))
      .toBe('about Sep 2015 – Sep 2017');
    expect(formatEventDate({ start: '2017-09-26', end: '2017-09-28', precision: 'day' }))
      .toBe('26 Sep 2017 – 28 Sep 2017');
    expect(formatEventDate({ start: '2017-03', precision: 'month', approximate: true })).toBe('about March 2017');
  });

  it('says when there is no date', () => {
    expect(formatEventDate(null)).toBe('Date unknown');
  });
});
