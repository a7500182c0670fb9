import { describe, expect, it } from 'vitest';
import { moveForKey, stepTo } from './itemOrder.ts';

describe('stepTo', () => {
  it('moves one item on or back, and stops at the ends', () => {
    expect(stepTo(3, 1, 'next')).toBe(2);
    expect(stepTo(3, 1, 'previous')).toBe(0);
    expect(stepTo(3, 2, 'next')).toBe(2);
    expect(stepTo(3, 0, 'previous')).toBe(0);
  });

  it('goes to the first or last item, and from an unknown item to the first', () => {
    expect(stepTo(3, 1, 'first')).toBe(0);
    expect(stepTo(3, 1, 'last')).toBe(2);
    expect(stepTo(3, undefined, 'next')).toBe(0);
    expect(stepTo(0, 0, 'next')).toBeNull();
  });
});

describe('moveForKey', () => {
  it('maps arrows both ways, Home and End, and nothing else', () => {
    expect(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].map(moveForKey))
      .toEqual(['next', 'next', 'previous', 'previous', 'first', 'last']);
    expect(moveForKey('Enter')).toBeNull();
    expect(moveForKey('Tab')).toBeNull();
  });
});
