import { describe, expect, it } from 'vitest';
import { CITY_LABEL_SIDES, MARKER_HALF, SELECTED_HALF, cityLabelBoxes, districtLabelBox, squareAround } from './labelPlaces.ts';
import { placeLabels } from './labelCollisions.ts';

describe('label places', () => {
  it('offers one box per side, the first beside the dot', () => {
    const boxes = cityLabelBoxes(100, 100, 'Benghazi');
    expect(boxes).toHaveLength(CITY_LABEL_SIDES.length);
    expect(boxes[0]!.x).toBe(106);
    expect(boxes[0]!.y + boxes[0]!.height / 2).toBeCloseTo(100);
    expect(boxes[0]!.width).toBeGreaterThan(50);
  });

  it('moves a city’s name beside the event marker on the city', () => {
    const placed = placeLabels([{ key: 'Benghazi', boxes: cityLabelBoxes(0, 0, 'Benghazi') }], [squareAround(0, 0, MARKER_HALF)]);
    expect(CITY_LABEL_SIDES[placed.get('Benghazi')!]).toBe('right-clear');
  });

  it('clears the selected marker’s ring, and a marker fanned out beside it', () => {
    const markers = [squareAround(-11, 0, MARKER_HALF), squareAround(11, 0, SELECTED_HALF)];
    const placed = placeLabels([{ key: 'Benghazi', boxes: cityLabelBoxes(0, 0, 'Benghazi') }], markers);
    expect(CITY_LABEL_SIDES[placed.get('Benghazi')!]).toBe('left-clear');
  });

  it('scales with the root font size', () => {
    expect(districtLabelBox(0, 0, 'Tripoli', 32).width).toBeCloseTo(2 * districtLabelBox(0, 0, 'Tripoli').width);
  });
});
