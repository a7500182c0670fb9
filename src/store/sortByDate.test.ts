import { describe, expect, it } from 'vitest';
import { testDataset } from '../testing/testDataset.ts';
import { sortByDate } from './sortByDate.ts';

describe('sortByDate', () => {
  it('orders by start date, undated last, without changing the input', () => {
    const input = [...testDataset.events].reverse();
    expect(sortByDate(input).map((e) => e.id)).toEqual(['siege', 'paris', 'unplaced', 'undated']);
    expect(input[0]?.id).toBe('unplaced');
  });
});
