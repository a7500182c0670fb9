import { describe, expect, it } from 'vitest';
import { localDate } from '../data/localDate.ts';
import { stripLayout } from './stripLayout.ts';

describe('stripLayout', () => {
  it('places steps in date order inside the strip, leaving undated steps out', () => {
    const { steps } = stripLayout([new Date(2015, 8, 1), null, new Date(2017, 2, 1), new Date(2017, 8, 26)]);
    expect(steps.map((s) => s.index)).toEqual([0, 2, 3]);
    const [a, b, c] = steps.map((s) => s.x);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(b!);
    expect(b).toBeLessThan(c!);
    expect(c).toBeLessThan(1);
  });

  it('marks each new year the story crosses, thinned when there are many', () => {
    expect(stripLayout([new Date(2015, 8, 1), new Date(2017, 8, 26)]).years.map((y) => y.label)).toEqual(['2016', '2017']);
    const long = stripLayout([new Date(1990, 0, 1), new Date(2020, 0, 1)], 8).years;
    expect(long.length).toBeLessThanOrEqual(8);
    expect(long.map((y) => y.label)).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020']);
  });

  it('puts the mark of a year before 100 inside the strip, not at 19xx (issue 16.4)', () => {
    const [year] = stripLayout([localDate(98, 6, 1), localDate(99, 6, 1)]).years;
    expect(year?.label).toBe('99');
    expect(year?.x).toBeGreaterThan(0);
    expect(year?.x).toBeLessThan(1);
  });

  it('gives a one-day story a scale around its day', () => {
    const { steps } = stripLayout([new Date(2017, 2, 1), new Date(2017, 2, 1)]);
    expect(steps.map((s) => s.x)).toEqual([0.5, 0.5]);
  });

  it('is empty when no step has a date', () => {
    expect(stripLayout([null, null])).toEqual({ steps: [], years: [] });
  });
});
