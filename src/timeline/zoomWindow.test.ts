import { describe, expect, it } from 'vitest';
import { MIN_SPAN, zoomWindow } from './zoomWindow.ts';

describe('zoomWindow', () => {
  it('scales the window around its centre', () => {
    expect(zoomWindow({ start: 0, end: 4_000_000_000 }, 0.5)).toEqual({ start: 1_000_000_000, end: 3_000_000_000 });
    expect(zoomWindow({ start: 1_000_000_000, end: 3_000_000_000 }, 2)).toEqual({ start: 0, end: 4_000_000_000 });
  });

  it('stops at the narrowest window the timeline allows', () => {
    const w = zoomWindow({ start: 0, end: MIN_SPAN }, 0.5);
    expect(w.end - w.start).toBe(MIN_SPAN);
  });
});
