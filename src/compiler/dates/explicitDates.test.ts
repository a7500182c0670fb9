import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

const PUB = '2020-02-14';
const dateOf = (sentence: string, published: string | null = PUB) => createDateReader(published).read(sentence)[0]?.date;

describe('explicit dates', () => {
  it.each([
    ['The ceasefire was signed on 28 September, 2017 in Skhirat.', '2017-09-28'],
    ['The ceasefire was signed on September 28, 2017 in Skhirat.', '2017-09-28'],
    ['The siege was lifted on Wednesday April 17 2019.', '2019-04-17'],
    ['Guards left the prison on Jul 3 2018.', '2018-07-03'],
    ['The report is dated 13/09/2017.', '2017-09-13'],
    ['The memo, dated 09/13/2017, was leaked.', '2017-09-13'],
    ['The memo, dated 05/06/2017, was leaked.', '2017-06-05'],
    ['The decree (2017-09-28) was annulled.', '2017-09-28'],
  ])('reads %s', (sentence, start) => {
    expect(dateOf(sentence)).toEqual({ start, precision: 'day' });
  });

  it('reads a written-out year at year precision, a month and year at month precision', () => {
    expect(dateOf('The uprising began in 2011 in the east.')).toEqual({ start: '2011', precision: 'year' });
    expect(dateOf('The port was taken in March 2017.')).toEqual({ start: '2017-03', precision: 'month' });
    expect(dateOf('They never forgave the 1969 coup.')).toEqual({ start: '1969', precision: 'year' });
  });

  it('reads early/mid/late slices as approximate month ranges or months', () => {
    expect(dateOf('Oil exports collapsed in mid-2014.')).toEqual({ start: '2014-05', end: '2014-08', precision: 'month', approximate: true });
    expect(dateOf('A new offensive began in early 2015.')).toEqual({ start: '2015-01', end: '2015-04', precision: 'month', approximate: true });
    expect(dateOf('The coastal road was cut in late March.', '2017-09-28')).toEqual({ start: '2017-03', precision: 'month', approximate: true });
    expect(dateOf('Fighting peaked in the summer of 2011.')).toEqual({ start: '2011-06', end: '2011-08', precision: 'month', approximate: true });
  });

  it('reads explicit day ranges as one mention', () => {
    const mentions = createDateReader(PUB).read('The mission ran from 7 May 2018 – 12 February 2019 without pause.');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.date).toEqual({ start: '2018-05-07', end: '2019-02-12', precision: 'day' });
    expect(dateOf('Talks lasted from 16 May 2014 until 23 October 2015.')).toEqual({ start: '2014-05-16', end: '2015-10-23', precision: 'day' });
  });

  it('reads month ranges and year ranges', () => {
    expect(dateOf('Troops were deployed from March to May.', '2017-09-28')).toEqual({ start: '2017-03', end: '2017-05', precision: 'month' });
    expect(dateOf('The town changed hands between 2014 and 2017.')).toEqual({ start: '2014', end: '2017', precision: 'year' });
    expect(dateOf('The second civil war (2014–2020) displaced thousands.')).toEqual({ start: '2014', end: '2020', precision: 'year' });
  });

  it('runs "since 2014" and "2014–present" to the publication year', () => {
    expect(dateOf('Rival governments have ruled since 2014.')).toEqual({ start: '2014', end: '2020', precision: 'year' });
    expect(dateOf('The second civil war (2014–present) goes on.')).toEqual({ start: '2014', end: '2020', precision: 'year' });
    expect(dateOf('Rival governments have ruled since 2014.', null)).toEqual({ start: '2014', precision: 'year' });
  });

  it('gives a range the coarser precision of its ends', () => {
    expect(dateOf('The blockade lasted from 4 April 2019 to June 2020.')).toEqual({ start: '2019-04', end: '2020-06', precision: 'month' });
  });

  it('keeps day precision for a time on a known date', () => {
    expect(dateOf('The drone struck at 9pm on 3 May 2014.')).toEqual({ start: '2014-05-03', precision: 'day' });
  });

  it('reads explicit dates without a publication date', () => {
    expect(dateOf('The drone struck on 3 May 2014.', null)).toEqual({ start: '2014-05-03', precision: 'day' });
  });
});

describe('year inherited from context', () => {
  it('takes the most recent year written out', () => {
    const reader = createDateReader('2020-02-14');
    reader.read('In 2018, the unity government lost control of the south.');
    expect(reader.read('A tribal force took the oil field on 13 November.')[0]?.date).toEqual({ start: '2018-11-13', precision: 'day' });
    expect(reader.read('The field was shut in March.')[0]?.date).toEqual({ start: '2018-03', precision: 'month' });
    reader.read('Talks resumed in January 2019.');
    expect(reader.read('They broke down on 2 April.')[0]?.date?.start).toBe('2019-04-02');
  });

  it('does not take the year of a distant plan as the year in context', () => {
    const reader = createDateReader('2020-02-14');
    reader.read('The government unveiled the 2030 agenda.');
    expect(reader.read('A tribal force took the oil field on 13 November.')[0]?.date?.start).toBe('2019-11-13');
  });

  it('falls back to the past-biased year without a year in context', () => {
    expect(dateOf('A tribal force took the oil field on 13 November.', '2020-02-14')).toEqual({ start: '2019-11-13', precision: 'day' });
  });

  it('still past-biases when the year in context is the publication year', () => {
    const reader = createDateReader('2017-02-10');
    reader.read('10 February 2017');
    expect(reader.read('The field was seized on 13 November.')[0]?.date?.start).toBe('2016-11-13');
  });

  it('uses the weekday to choose between neighbouring years', () => {
    // 3 March 2017 was a Friday; the past-biased year for a piece from 2018-01 would be 2017 anyway,
    // but from 2018-03-10 it would be 2018, whose 3 March is a Saturday.
    expect(dateOf('Rockets fell on Friday 3 March.', '2018-03-10')?.start).toBe('2017-03-03');
  });

  it('is unresolved with neither a year in context nor a publication date', () => {
    const [m] = createDateReader(null).read('A tribal force took the oil field on 13 November.');
    expect(m?.date).toBeNull();
    expect(m?.unresolved).toMatch(/year/);
  });
});
