import { describe, expect, it } from 'vitest';
import { framePadding } from './framePadding.ts';

describe('framePadding', () => {
  it('leaves room for the controls on a normal map', () => {
    expect(framePadding({ x: 860, y: 340 })).toEqual({ paddingTopLeft: [60, 40], paddingBottomRight: [40, 48] });
  });

  it('never pads a small map by more than a fifth per side', () => {
    expect(framePadding({ x: 380, y: 90 })).toEqual({ paddingTopLeft: [60, 18], paddingBottomRight: [40, 18] });
    expect(framePadding({ x: 0, y: 0 })).toEqual({ paddingTopLeft: [0, 0], paddingBottomRight: [0, 0] });
  });
});
