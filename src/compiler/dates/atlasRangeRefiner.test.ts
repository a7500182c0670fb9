import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

const only = (sentence: string, published: string | null = '2017-09-28') => {
  const mentions = createDateReader(published).read(sentence);
  expect(mentions, sentence).toHaveLength(1);
  return mentions[0]?.date;
};

describe('ranges with ends chrono does not read as one', () => {
  it('joins hedged months into one approximate range', () => {
    expect(only('The port was besieged from late February until mid-May.')).toEqual({
      start: '2017-02', end: '2017-05', precision: 'month', approximate: true,
    });
  });

  it('joins a written-out year with a chrono month', () => {
    expect(only('The town was held from 2014 to March 2015.')).toEqual({ start: '2014', end: '2015', precision: 'year' });
  });

  it('carries the left year to a yearless right end, across New Year', () => {
    expect(only('Aid was blocked from November 2013 until late February.', null)).toEqual({
      start: '2013-11', end: '2014-02', precision: 'month', approximate: true,
    });
  });

  it('joins "between X and Y" months', () => {
    expect(only('Clashes killed dozens between August and October 2016.')).toEqual({
      start: '2016-08', end: '2016-10', precision: 'month',
    });
  });

  it('reads two days of one month as a day range', () => {
    expect(only('Protesters gathered between 19 and 21 March 2011.')).toEqual({
      start: '2011-03-19', end: '2011-03-21', precision: 'day',
    });
    expect(only('Voting took place on 5 and 6 May.')).toEqual({ start: '2017-05-05', end: '2017-05-06', precision: 'day' });
  });

  it('reads slices of a year', () => {
    expect(only('Militias fought for the airport in the second half of 2014.')).toEqual({
      start: '2014-07', end: '2014-12', precision: 'month', approximate: true,
    });
  });
});
