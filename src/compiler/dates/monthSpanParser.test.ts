import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

const dates = (reader: ReturnType<typeof createDateReader>, sentence: string) => reader.read(sentence).map((m) => m.date);

describe('month lists and ranges', () => {
  it('reads two months joined by "and" as one span of the year in context', () => {
    const reader = createDateReader(null);
    reader.read('The siege was broken in July 2016.');
    expect(dates(reader, 'Rebels counter-attacked in September and October, in vain.')).toEqual([{ start: '2016-09', end: '2016-10', precision: 'month' }]);
  });

  it('reads "between March and May" and spans with a year', () => {
    expect(dates(createDateReader('2017-09-28'), 'The town was besieged between March and May.')).toEqual([{ start: '2017-03', end: '2017-05', precision: 'month' }]);
    expect(dates(createDateReader(null), 'The town was besieged between March and May 2015.')).toEqual([{ start: '2015-03', end: '2015-05', precision: 'month' }]);
    expect(dates(createDateReader(null), 'Talks ran from June to August 2013.')[0]).toMatchObject({ start: '2013-06', end: '2013-08' });
  });

  it('puts a yearless span wholly before publication', () => {
    expect(dates(createDateReader('2018-02-10'), 'Fighting raged during November and December.')).toEqual([{ start: '2017-11', end: '2017-12', precision: 'month' }]);
  });

  it('reads "by December 2016" as that month', () => {
    expect(dates(createDateReader(null), 'The army retook the city by December 2016.')).toEqual([{ start: '2016-12', precision: 'month' }]);
  });

  it('leaves months that are not a span alone', () => {
    expect(dates(createDateReader(null), 'Talks failed in March 2015, and in May the truce collapsed.').map((d) => d?.start)).toEqual(['2015-03', '2015-05']);
  });
});
