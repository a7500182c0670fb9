import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

const PUB = '2017-09-28';
const mentionsOf = (sentence: string, published: string | null = PUB) => createDateReader(published).read(sentence);

describe('vague time words', () => {
  it.each([
    'The general has recently gained ground.',
    'The families had lived without water for weeks.',
    'Clashes intensified in recent days.',
    'A deal is expected soon.',
    'The town has been divided for years.',
    'The region saw a months-long standoff.',
    'The envoy visited a few days ago.',
  ])('never invents a date: %s', (sentence) => {
    for (const m of mentionsOf(sentence)) {
      expect(m.date).toBeNull();
      expect(m.unresolved).toBe('vague');
    }
  });

  it('does not let a vague word swallow a real date nearby', () => {
    const dates = mentionsOf('Recently, on 3 May 2017, the guards were replaced.').filter((m) => m.date);
    expect(dates.map((m) => m.date?.start)).toEqual(['2017-05-03']);
  });
});

describe('numbers that are not dates', () => {
  it.each([
    '2 min read',
    'The strike killed 12 people.',
    'Resolution 2259 endorsed the agreement.',
    'At least 300 families fled.',
    'The shelling started at 9pm.',
    'Some 4,000 troops were deployed.',
    'In 2000 families were moved.',
    'The score was 5/6 at the end.',
    'The protesters may march on the capital.',
    'Twelve were killed in 24 hours.',
    'The 17 February Martyrs Brigade took part.',
    'Sun Tzu is often quoted.',
  ])('finds no date in: %s', (sentence) => {
    expect(mentionsOf(sentence).filter((m) => m.date !== null)).toEqual([]);
  });

  it('still reads a year that names an event', () => {
    expect(mentionsOf('Veterans of the 2011 revolution returned.')[0]?.date).toEqual({ start: '2011', precision: 'year' });
  });
});

describe('names that contain dates', () => {
  it.each([
    'Theresa May spoke to the press.',
    'Veterans of the 17 February revolution marched.',
    'The February 17 Revolution Coalition issued a statement.',
  ])('finds no date in: %s', (sentence) => {
    expect(createDateReader('2017-09-28').read(sentence).filter((m) => m.date !== null)).toEqual([]);
  });

  it('keeps months after a capitalised preposition', () => {
    expect(createDateReader('2017-09-28').read('In May the port reopened.')[0]?.date?.start).toBe('2017-05');
  });
});
