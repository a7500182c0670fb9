import { describe, expect, it } from 'vitest';
import { moveForKey, stepTo, timeOrder } from './itemOrder.ts';

describe('timeOrder', () => {
  it('orders items by start, then end, across rows, ties in their given order', () => {
    const items = [
      { id: 'late', start: new Date(2017, 8, 28) },
      { id: 'long', start: new Date(2015, 8, 1), end: new Date(2017, 8, 30) },
      { id: 'tie-a', start: new Date(2017, 8, 28) },
      { id: 'short', start: new Date(2015, 8, 1), end: new Date(2015, 9, 1) },
    ];
    expect(timeOrder(items)).toEqual(['short', 'long', 'late', 'tie-a']);
  });
});

describe('stepTo', () => {
  const order = ['a', 'b', 'c'];
  it('moves one item on or back, and stops at the ends', () => {
    expect(stepTo(order, 'b', 'next')).toBe('c');
    expect(stepTo(order, 'b', 'previous')).toBe('a');
    expect(stepTo(order, 'c', 'next')).toBe('c');
    expect(stepTo(order, 'a', 'previous')).toBe('a');
  });

  it('goes to the first or last item, and from an unknown item to the first', () => {
    expect(stepTo(order, 'b', 'first')).toBe('a');
    expect(stepTo(order, 'b', 'last')).toBe('c');
    expect(stepTo(order, 'gone', 'next')).toBe('a');
    expect(stepTo([], 'a', 'next')).toBeNull();
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
