import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

describe('the year in context', () => {
  it('is not taken from a relative clause about a person', () => {
    const reader = createDateReader('2017-07-06');
    const [ousted] = reader.read('The general, once an ally of the colonel who was ousted and killed in 2011, denies it.');
    expect(ousted).toMatchObject({ date: { start: '2011' }, background: true });
    expect(reader.read('Forty soldiers died in June alone.')[0]?.date?.start).toBe('2017-06');
  });

  it('is not taken from a year that names a past event ("the 2011 uprising")', () => {
    const reader = createDateReader('2017-07-06');
    expect(reader.read('Unrest has grown since the 2011 uprising.')[0]?.background).toBe(true);
    expect(reader.read('After the 2014 election, the parliament moved east.')[0]?.background).toBe(true);
    expect(reader.read('The port was closed in March.')[0]?.date?.start).toBe('2017-03');
  });

  it('comes back to the time of writing once the story speaks of it again', () => {
    const reader = createDateReader('2016-12-07');
    reader.read('The group seized the city in early 2015.');
    reader.read('At least ten more people escaped on Monday.');
    expect(reader.read('The counter-attack began in May.')[0]?.date?.start).toBe('2016-05');
  });

  it('still carries a narrative year in a story without a publication date', () => {
    const reader = createDateReader(null);
    reader.read('The battle began in July 2012.');
    reader.read('A stalemate ended in July 2016.');
    expect(reader.read('A new assault came in November.')[0]?.date?.start).toBe('2016-11');
  });

  it('keeps a dated clause about a thing in the story', () => {
    const reader = createDateReader(null);
    const [took] = reader.read('Rebels held the airport, which the army retook on 3 May 2014.');
    expect(took?.background).toBeUndefined();
    expect(reader.read('The next day, the rebels fled.')[0]?.date?.start).toBe('2014-05-04');
  });

  it('flags every date of a sentence the caller reads as background', () => {
    const reader = createDateReader('2017-07-06');
    expect(reader.read('The war began in 2014.', { background: true })[0]).toMatchObject({ date: { start: '2014' }, background: true });
    expect(reader.read('Talks resumed in March.')[0]?.date?.start).toBe('2017-03');
  });
});
