import { describe, expect, it } from 'vitest';
import { framingWindow } from './framingWindow.ts';

// The extent of a range from September 2015 to the end of September 2017 and a point on 28 September 2017.
const items = { start: new Date(2015, 8, 1).valueOf(), end: new Date(2017, 9, 1).valueOf() };

describe('framingWindow', () => {
  it('frames every item and leaves label room on the right', () => {
    const frame = framingWindow(items, 1040);
    if (!frame) throw new Error('expected a frame');
    const latest = new Date(2017, 9, 1).valueOf();
    expect(frame.start).toBeLessThan(new Date(2015, 8, 1).valueOf());
    // 260 px of 1040 px is a quarter of the window.
    expect((frame.end - latest) / (frame.end - frame.start)).toBeCloseTo(0.25, 5);
  });

  it('caps the label room at half a narrow timeline', () => {
    const frame = framingWindow(items, 300);
    if (!frame) throw new Error('expected a frame');
    const latest = new Date(2017, 9, 1).valueOf();
    expect((frame.end - latest) / (frame.end - frame.start)).toBeCloseTo(0.5, 5);
  });

  it('has nothing to frame without items', () => {
    expect(framingWindow(null, 800)).toBeNull();
  });
});
