import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

const dates = (sentence: string) => createDateReader(null).read(sentence).map((m) => m.date);

describe('years', () => {
  it('reads a year heading a timeline item, and only there', () => {
    expect(dates('2014: The general launches his campaign.')).toEqual([{ start: '2014', precision: 'year' }]);
    expect(dates('* 2011 - Protests spread to the capital.')).toEqual([{ start: '2011', precision: 'year' }]);
    expect(dates('The council passed Resolution 2259 - unanimously.')).toEqual([]);
  });

  it('reads two years joined by "and" as a span', () => {
    expect(dates('In 2011 and 2012, the city changed hands twice.')).toEqual([{ start: '2011', end: '2012', precision: 'year' }]);
  });
});
