import { describe, expect, it } from 'vitest';
import { offsetPoint, readRelativeLocation } from './relativeLocation.ts';

describe('readRelativeLocation', () => {
  it('reads distance and bearing before a name', () => {
    const s = 'Shelling hit a farm some 50 km south of Tripoli.';
    expect(readRelativeLocation(s, s.indexOf('Tripoli'))).toMatchObject({ start: s.indexOf('some'), distanceKm: 50, bearingDeg: 180 });
  });

  it('converts miles and allows "the city of"', () => {
    const s = 'The convoy stopped 30 miles east of the city of Sirte.';
    const r = readRelativeLocation(s, s.indexOf('Sirte'));
    expect(r?.distanceKm).toBeCloseTo(48.28, 1);
    expect(r?.bearingDeg).toBe(90);
  });

  it('reads vague proximity', () => {
    for (const phrase of ['near', 'outside', 'on the outskirts of']) {
      const s = `Fighting broke out ${phrase} Derna.`;
      expect(readRelativeLocation(s, s.indexOf('Derna'))?.start).toBe(s.indexOf(phrase));
    }
    expect(readRelativeLocation('Fighting in Derna.', 12)).toBeUndefined();
  });
});

describe('offsetPoint', () => {
  it('moves about 0.45° of latitude per 50 km', () => {
    const p = offsetPoint(32.887, 13.187, 50, 180);
    expect(p.lat).toBeCloseTo(32.437, 2);
    expect(p.lon).toBeCloseTo(13.187, 3);
  });
});
