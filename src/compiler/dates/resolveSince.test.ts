import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

describe('"since" a date, in a dated story', () => {
  it('runs from the latest such date on or before publication to publication', () => {
    const reader = createDateReader('2016-12-07');
    reader.read('The group seized the city in early 2015.');
    expect(reader.read('Since August 1, jets have carried out 490 strikes.')[0]?.date).toEqual({ start: '2016-08-01', end: '2016-12-07', precision: 'day' });
    expect(createDateReader('2020-03-14').read('An offensive has been under way since December.')[0]?.date).toEqual({ start: '2019-12', end: '2020-03', precision: 'month' });
  });

  it('reads "since mid-April" as a span too', () => {
    expect(createDateReader('2024-05-12').read('Fighting has continued since mid-April.')[0]).toMatchObject({
      text: 'since mid-April',
      date: { start: '2024-04', end: '2024-05', precision: 'month' },
    });
  });

  it('does not move the story to the start of the span', () => {
    const reader = createDateReader('2016-12-07');
    reader.read('Strikes have continued since August 1.');
    expect(reader.read('A convoy was hit the next day.')[0]?.date?.start).toBe('2016-12-08');
  });

  it('keeps the date alone in a past perfect or without a publication date', () => {
    const reader = createDateReader('2016-12-07');
    reader.read('The siege began on 4 May 2015.');
    expect(reader.read('By then the town had been cut off since March.')[0]?.date).toEqual({ start: '2015-03', precision: 'month' });
    expect(createDateReader(null).read('An offensive has been under way since December.')[0]?.date).toBeNull();
  });
});

describe('"since" in the mention', () => {
  it('is part of the mention, as in "since 2014"', () => {
    const sentence = 'Jets have carried out 490 strikes since August 1.';
    const [m] = createDateReader('2016-12-07').read(sentence);
    expect(m && sentence.slice(m.start, m.end)).toBe('since August 1');
    expect(m?.text).toBe('since August 1');
  });
});
