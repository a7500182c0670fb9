import { describe, expect, it } from 'vitest';
import { fanOutNearby } from './fanOutNearby.ts';

describe('fanOutNearby', () => {
  it('lays overlapping markers out in a row centred on the first, and leaves lone ones alone', () => {
    const offsets = fanOutNearby([
      { id: 'siege', x: 100, y: 100 },
      { id: 'battle', x: 100, y: 100 },
      { id: 'neighbourhood', x: 102, y: 103 },
      { id: 'paris', x: 10, y: 10 },
    ]);
    expect(offsets.get('siege')).toEqual([-22, 0]);
    expect(offsets.get('battle')).toEqual([0, 0]);
    // Moved onto the row: 22 px right of the anchor, and up to its height.
    expect(offsets.get('neighbourhood')).toEqual([20, -3]);
    expect(offsets.has('paris')).toBe(false);
  });

  it('gives nothing to markers far enough apart', () => {
    expect(fanOutNearby([{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 40, y: 0 }]).size).toBe(0);
  });

  it('lays five or more on a ring around the anchor', () => {
    const points = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, x: 100, y: 100 }));
    const offsets = fanOutNearby(points);
    expect(offsets.get('a')).toEqual([0, -22]);
    const distances = [...offsets.values()].map(([x, y]) => Math.round(Math.hypot(x, y)));
    expect(new Set(distances)).toEqual(new Set([22]));
    expect(new Set([...offsets.values()].map((o) => o.join(','))).size).toBe(6);
  });
});
