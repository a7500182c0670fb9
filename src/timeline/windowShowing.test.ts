import { describe, expect, it } from 'vitest';
import { itemSpan, showsIn, windowShowing } from './windowShowing.ts';

const window = { start: 1000, end: 2000 };
const keep = { centre: false, labelShare: 0.25 };

describe('showsIn', () => {
  it('wants room right of a point for its label', () => {
    expect(showsIn({ start: 1500, end: 1500 }, window, 0.25)).toBe(true);
    expect(showsIn({ start: 1900, end: 1900 }, window, 0.25)).toBe(false);
    expect(showsIn({ start: 900, end: 900 }, window, 0.25)).toBe(false);
  });

  it('takes a range that reaches well into the window, not a sliver at its edge', () => {
    expect(showsIn({ start: 500, end: 1200 }, window, 0.25)).toBe(true);
    expect(showsIn({ start: 500, end: 1020 }, window, 0.25)).toBe(false);
    expect(showsIn({ start: 1980, end: 3000 }, window, 0.25)).toBe(false);
  });
});

describe('windowShowing', () => {
  it('leaves the window alone when the item shows', () => {
    expect(windowShowing({ start: 1200, end: 1200 }, window, keep)).toBeNull();
  });

  it('centres an item outside the window at the same zoom', () => {
    expect(windowShowing({ start: 5000, end: 5000 }, window, keep)).toEqual({ start: 4500, end: 5500 });
    expect(windowShowing({ start: 100, end: 300 }, window, keep)).toEqual({ start: -300, end: 700 });
  });

  it('shows the start of a range longer than the window, at the same zoom', () => {
    expect(windowShowing({ start: 5000, end: 9000 }, window, keep)).toEqual({ start: 4900, end: 5900 });
  });

  it('centres a shown item too when asked (story mode)', () => {
    expect(windowShowing({ start: 1200, end: 1200 }, window, { ...keep, centre: true })).toEqual({ start: 700, end: 1700 });
  });
});

describe('itemSpan', () => {
  it('reads a point as a zero-length span', () => {
    expect(itemSpan({ start: new Date(5) })).toEqual({ start: 5, end: 5 });
    expect(itemSpan({ start: new Date(5), end: new Date(9) })).toEqual({ start: 5, end: 9 });
  });
});
