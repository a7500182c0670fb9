import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

const first = (sentence: string) => createDateReader(null).read(sentence)[0];

describe('decades', () => {
  it('reads a decade and its early, mid or late part as an approximate range of years', () => {
    expect(first('Clashes began in the mid-2010s.')).toMatchObject({ text: 'the mid-2010s', date: { start: '2013', end: '2017', precision: 'year', approximate: true } });
    expect(first("Clashes began in the mid-2010's.")?.date).toMatchObject({ start: '2013', end: '2017' });
    expect(first('In the late 2010s, the region saw fighting.')?.date).toMatchObject({ start: '2017', end: '2019' });
    expect(first('In the early 1990s, the region saw fighting.')?.date).toMatchObject({ start: '1990', end: '1993' });
    expect(first('By the 2020s, the group was the largest.')?.date).toMatchObject({ start: '2020', end: '2029' });
  });

  it('never reads a decade as a month of its first year, nor as the year in context', () => {
    const reader = createDateReader(null);
    expect(reader.read('The first clashes came in the mid-2010s.')[0]?.date?.precision).toBe('year');
    expect(reader.read('The town fell in June.')[0]?.date).toBeNull();
  });
});
