import { describe, expect, it } from 'vitest';
import { scrollDelta } from './rowScroll.ts';

const view = { top: 100, bottom: 260 };

describe('scrollDelta', () => {
  it('leaves a box that is in view where it is', () => {
    expect(scrollDelta({ top: 120, bottom: 150 }, view, 4)).toBe(0);
  });

  it('scrolls up to a box above the view, down to one below, by the least amount', () => {
    expect(scrollDelta({ top: 40, bottom: 70 }, view, 4)).toBe(-64);
    expect(scrollDelta({ top: 300, bottom: 330 }, view, 4)).toBe(74);
  });

  it('shows the top of a box taller than the view', () => {
    expect(scrollDelta({ top: 300, bottom: 700 }, view, 4)).toBe(196);
  });
});
