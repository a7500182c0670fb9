import { describe, expect, it } from 'vitest';
import { arrowTarget } from './arrowTarget.ts';

const items = [
  { key: 'paris', lat: 48.9, lon: 2.3 },
  { key: 'benghazi', lat: 32.1, lon: 20.1 },
  { key: 'rome', lat: 41.9, lon: 12.5 },
  { key: 'geneva', lat: 46.2, lon: 6.1 },
];

describe('arrowTarget', () => {
  it('moves east with Right and west with Left, wrapping at the ends', () => {
    expect(arrowTarget(items, 'paris', 'ArrowRight')).toBe('geneva');
    expect(arrowTarget(items, 'rome', 'ArrowLeft')).toBe('geneva');
    expect(arrowTarget(items, 'benghazi', 'ArrowRight')).toBe('paris');
    expect(arrowTarget(items, 'paris', 'ArrowLeft')).toBe('benghazi');
  });

  it('moves south with Down and north with Up', () => {
    expect(arrowTarget(items, 'paris', 'ArrowDown')).toBe('geneva');
    expect(arrowTarget(items, 'rome', 'ArrowUp')).toBe('geneva');
    expect(arrowTarget(items, 'benghazi', 'ArrowDown')).toBe('paris');
  });

  it('goes to the westernmost and easternmost with Home and End', () => {
    expect(arrowTarget(items, 'rome', 'Home')).toBe('paris');
    expect(arrowTarget(items, 'rome', 'End')).toBe('benghazi');
  });

  it('starts at the ends from a marker that is gone', () => {
    expect(arrowTarget(items, 'gone', 'ArrowRight')).toBe('paris');
    expect(arrowTarget(items, 'gone', 'ArrowLeft')).toBe('benghazi');
  });

  it('ignores other keys, and has nowhere to go without markers', () => {
    expect(arrowTarget(items, 'paris', 'Enter')).toBeNull();
    expect(arrowTarget([], 'paris', 'ArrowRight')).toBeNull();
  });
});
