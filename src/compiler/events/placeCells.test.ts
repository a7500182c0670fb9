import { describe, expect, it } from 'vitest';
import { offsetPoint } from '../places/relativeLocation.ts';
import type { EventPlace } from '../schema.ts';
import { distanceKm } from './mergeEvents.ts';
import { placeCell, placeCellsNear, SAME_PLACE_KM } from './placeCells.ts';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

const city = (lat: number, lon: number, country = 'XX'): EventPlace => ({ name: 'P', lat, lon, precision: 'city', country });

describe('placeCellsNear', () => {
  it('reaches the cell of every point within 30 km, at any latitude and across the antimeridian', () => {
    const rnd = random(7);
    let checked = 0;
    for (let i = 0; i < 20_000; i++) {
      // Half anywhere, half where cells are hardest: near a pole, near ±180°, on a cell edge.
      const lat = i % 2 ? rnd() * 180 - 90 : [89.9, -89.7, 72.3, 60.01, 0.5, 33][i % 6]! + (rnd() - 0.5) * 0.2;
      const lon = i % 2 ? rnd() * 360 - 180 : [179.99, -179.95, 0, 13.5][i % 4]! + (rnd() - 0.5) * 0.1;
      const a = city(Math.max(-90, Math.min(90, lat)), lon);
      const far = offsetPoint(a.lat, a.lon, rnd() * (SAME_PLACE_KM + 0.5), rnd() * 360);
      const b = city(far.lat, far.lon);
      if (distanceKm(a, b) > SAME_PLACE_KM) continue;
      const near = placeCellsNear(a);
      if (near) expect(near).toContain(placeCell(b));
      checked++;
    }
    expect(checked).toBeGreaterThan(15_000);
  });

  it('sends a point to its country\'s coarse places and a coarse place everywhere', () => {
    const tunis = city(36.8, 10.18, 'TN');
    expect(placeCellsNear(tunis)).toEqual(expect.arrayContaining(['c:TN', 'c:']));
    expect(placeCellsNear(tunis)).not.toContain('c:LY');
    expect(placeCellsNear({ ...tunis, precision: 'country' })).toBeUndefined();
    expect(placeCellsNear(null)).toEqual(['-']);
  });

  it('keeps far points out: Tunis does not read the cells of Sfax', () => {
    expect(placeCellsNear(city(36.8, 10.18))).not.toContain(placeCell(city(34.74, 10.76)));
  });
});
