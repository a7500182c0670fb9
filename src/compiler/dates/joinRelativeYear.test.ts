import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

describe('a date followed by "last year" or "this year"', () => {
  it('is one date in that year, counted from publication', () => {
    const reader = createDateReader('2019-06-17');
    const [m, ...rest] = reader.read('The town fell on 5 May last year.');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ text: 'on 5 May last year', kind: 'relative', anchoredOn: 'publication', date: { start: '2018-05-05', precision: 'day' } });
    expect(reader.read('The next day, the army left.')[0]?.date?.start).toBe('2018-05-06');
    expect(createDateReader('2019-06-17').read('Talks failed in March this year.')[0]?.date).toEqual({ start: '2019-03', precision: 'month' });
  });
});
