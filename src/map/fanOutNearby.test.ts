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
    expect(offsets.get('siege')).toEqual([-18, 0]);
    expect(offsets.get('battle')).toEqual([0, 0]);
    // Moved onto the row: 18 px right of the anchor, and up to its height.
    expect(offsets.get('neighbourhood')).toEqual([16, -3]);
    expect(offsets.has('paris')).toBe(false);
  });

  it('gives nothing to markers far enough apart', () => {
    expect(fanOutNearby([{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 40, y: 0 }]).size).toBe(0);
  });
});
