import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

// Published on a Thursday.
const PUB = '2017-09-28';
const first = (published: string | null, sentence: string) => createDateReader(published).read(sentence)[0];

describe('past bias for bare weekdays and months', () => {
  it('reads a bare weekday as the latest one on or before publication', () => {
    expect(first(PUB, 'The envoy flew back to Tunis on Tuesday after the talks.')?.date).toEqual({
      start: '2017-09-26', precision: 'day',
    });
    expect(first(PUB, 'Shelling resumed on Thursday near the port.')?.date?.start).toBe('2017-09-28');
    expect(first(PUB, 'The convoy was stopped on Friday at a checkpoint.')?.date?.start).toBe('2017-09-22');
  });

  it('reads "last Thursday" as strictly before publication', () => {
    expect(first(PUB, 'The militia withdrew last Thursday.')?.date?.start).toBe('2017-09-21');
  });

  it('flips to the next weekday in a clause about the future and flags it', () => {
    const m = first(PUB, 'The two rival leaders will meet in Cairo on Friday.');
    expect(m?.date?.start).toBe('2017-09-29');
    expect(m?.future).toBe(true);
    expect(first(PUB, 'Parliament is due to vote on Monday on the budget.')?.date?.start).toBe('2017-10-02');
  });

  it('keeps the past when the weekday dates the saying of a future plan', () => {
    const m = first(PUB, 'The ministry said on Monday that the talks will resume.');
    expect(m?.date?.start).toBe('2017-09-25');
    expect(m?.future).toBeUndefined();
  });

  it('reads a weekday that opens the sentence with a future verb later on as future', () => {
    expect(first(PUB, 'On Saturday, the delegation will travel to Rome.')?.date?.start).toBe('2017-09-30');
  });

  it('reads a bare month as the latest one on or before publication', () => {
    expect(first(PUB, 'Thousands fled the old town in March.')?.date).toEqual({ start: '2017-03', precision: 'month' });
    expect(first(PUB, 'The airport reopened in September.')?.date?.start).toBe('2017-09');
    expect(first(PUB, 'The airport was shelled in November.')?.date?.start).toBe('2016-11');
  });

  it('puts a month in a future clause ahead of publication', () => {
    const m = first(PUB, 'The electoral commission plans to hold a referendum in May.');
    expect(m?.date?.start).toBe('2018-05');
    expect(m?.future).toBe(true);
  });

  it('also past-biases day-and-month dates without a year', () => {
    expect(first(PUB, 'The checkpoint fell on 13 November.')?.date?.start).toBe('2016-11-13');
    expect(first(PUB, 'The checkpoint fell on 13 August.')?.date?.start).toBe('2017-08-13');
  });

  it('narrates forward from the last named day when there is no publication date', () => {
    const reader = createDateReader(null);
    reader.read('Fighting broke out on 15 March 2011 in the east.');
    // 15 March 2011 was a Tuesday; the following Thursday is the 17th.
    expect(reader.read('On Thursday the rebels regrouped.')[0]?.date?.start).toBe('2011-03-17');
  });

  it('leaves a bare weekday unresolved with no publication date and no earlier date', () => {
    const m = first(null, 'The rebels regrouped on Thursday.');
    expect(m?.date).toBeNull();
    expect(m?.unresolved).toMatch(/weekday/);
  });
});
