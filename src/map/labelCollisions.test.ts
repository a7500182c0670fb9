import { describe, expect, it } from 'vitest';
import { placeLabels } from './labelCollisions.ts';

const box = (x: number, y: number, width = 40, height = 16) => ({ x, y, width, height });
const at = (key: string, ...boxes: ReturnType<typeof box>[]) => ({ key, boxes });

describe('placeLabels', () => {
  it('keeps labels that touch nothing in their first place', () => {
    expect(placeLabels([at('a', box(0, 0)), at('b', box(100, 0))], [])).toEqual(new Map([['a', 0], ['b', 0]]));
  });

  it('moves a label off a marker to its next free place, or drops it', () => {
    const marker = box(-10, -10, 20, 20);
    expect(placeLabels([at('Benghazi', box(6, -8, 56), box(16, -8, 56))], [marker])).toEqual(new Map([['Benghazi', 1]]));
    expect(placeLabels([at('Benghazi', box(6, -8, 56))], [marker])).toEqual(new Map());
  });

  it('drops the lower-priority label of two that overlap, across grid cells', () => {
    const placed = placeLabels([at('capital', box(60, 60, 80)), at('district', box(120, 70)), at('far', box(400, 400))], []);
    expect([...placed.keys()]).toEqual(['capital', 'far']);
  });

  it('keeps a label that only touches a marker’s edge', () => {
    expect(placeLabels([at('a', box(10, 0))], [box(0, 0, 10, 10)]).has('a')).toBe(true);
  });

  it('handles negative coordinates', () => {
    expect([...placeLabels([at('a', box(-100, -100)), at('b', box(-90, -95))], []).keys()]).toEqual(['a']);
  });
});
