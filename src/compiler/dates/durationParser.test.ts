import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

const PUB = '2017-09-28';
const mentionsOf = (sentence: string, published: string | null = PUB) => createDateReader(published).read(sentence);

describe('durations as approximate ranges ending at the anchor', () => {
  it('ends a year-scale duration at publication, at month precision', () => {
    expect(mentionsOf('Residents endured the two-year siege of the old city.')[0]?.date).toEqual({
      start: '2015-09', end: '2017-09', precision: 'month', approximate: true,
    });
    expect(mentionsOf('The army has fought a near two-year battle for the port.')[0]?.text).toBe('a near two-year battle');
  });

  it('reads month-scale durations and "for N months"', () => {
    expect(mentionsOf('A three-month offensive pushed the militia out.')[0]?.date).toEqual({
      start: '2017-06', end: '2017-09', precision: 'month', approximate: true,
    });
    expect(mentionsOf('The mayor was held for 18 months.')[0]?.date).toEqual({
      start: '2016-03', end: '2017-09', precision: 'month', approximate: true,
    });
  });

  it('reads decade-scale durations at year precision', () => {
    expect(mentionsOf('The country is still scarred by a decade-long war.')[0]?.date).toEqual({
      start: '2007', end: '2017', precision: 'year', approximate: true,
    });
  });

  it('reads day-scale durations at day precision', () => {
    expect(mentionsOf('A ten-day battle for the airport left dozens dead.')[0]?.date).toEqual({
      start: '2017-09-18', end: '2017-09-28', precision: 'day', approximate: true,
    });
  });

  it('ends at a date given in the same sentence rather than at publication', () => {
    const [, siege] = mentionsOf('In July 2017 the army declared the end of the three-year siege.');
    expect(siege?.date).toEqual({ start: '2014-07', end: '2017-07', precision: 'month', approximate: true });
  });

  it('starts at the anchor in a clause about the future', () => {
    const [m] = mentionsOf('The monitors will stay for six months.');
    expect(m?.date).toEqual({ start: '2017-09', end: '2018-03', precision: 'month', approximate: true });
    expect(m?.future).toBe(true);
  });

  it('reads "over the past year" and "for the past two weeks" as spans up to publication', () => {
    expect(mentionsOf('Over the past year, attacks on clinics doubled.')[0]?.date).toEqual({
      start: '2016-09', end: '2017-09', precision: 'month', approximate: true,
    });
    expect(mentionsOf('Talks dragged on for the past two weeks.')[0]?.date).toEqual({
      start: '2017-09-14', end: '2017-09-28', precision: 'day', approximate: true,
    });
  });

  it('ignores lengths that do not measure a conflict', () => {
    expect(mentionsOf('He received a five-year sentence.')).toEqual([]);
    expect(mentionsOf('A two-year-old girl was wounded.')).toEqual([]);
  });

  it('is unresolved without a date in the sentence and without a publication date', () => {
    const [m] = mentionsOf('Residents endured the two-year siege.', null);
    expect(m?.date).toBeNull();
    expect(m?.unresolved).toBeDefined();
  });

  it('uses the date in the sentence even without a publication date', () => {
    const [, m] = mentionsOf('By 2016, six years of war had emptied the town.', null);
    expect(m?.date).toEqual({ start: '2010', end: '2016', precision: 'year', approximate: true });
  });
});
