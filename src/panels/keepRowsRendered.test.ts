import { describe, expect, it } from 'vitest';
import { keepRowsRendered } from './keepRowsRendered.ts';

const range = { startIndex: 100, endIndex: 104, overscan: 1, count: 1000 };

describe('keepRowsRendered', () => {
  it('renders the visible rows and the overscan', () => {
    expect(keepRowsRendered(range, [])).toEqual([99, 100, 101, 102, 103, 104, 105]);
  });

  it('adds the pinned rows out of view, in reading order, once each', () => {
    expect(keepRowsRendered(range, [999, 3, 3, 101])).toEqual([3, 99, 100, 101, 102, 103, 104, 105, 999]);
  });

  it('ignores pinned rows that no longer exist (the filters shortened the list)', () => {
    expect(keepRowsRendered(range, [null, undefined, -1, 1000])).toEqual([99, 100, 101, 102, 103, 104, 105]);
  });
});
