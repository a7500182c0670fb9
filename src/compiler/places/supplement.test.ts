import { describe, expect, it } from 'vitest';
import { PlacePrecision } from '../schema.ts';
import { placeKey } from './foldPlaceName.ts';
import { SUPPLEMENT_PLACES } from './supplementPlaces.ts';

// Libya's bounding box, with a little sea: every LY entry must fall inside it.
const LIBYA = { south: 19.5, north: 33.5, west: 9.3, east: 25.2 };

describe('supplement.json', () => {
  it('has a source, a note and a valid precision for every entry', () => {
    for (const p of SUPPLEMENT_PLACES) {
      expect(p.source.length, p.name).toBeGreaterThan(5);
      expect(p.note.length, p.name).toBeGreaterThan(5);
      expect(PlacePrecision.safeParse(p.precision).success, p.name).toBe(true);
    }
  });

  it('puts Libyan entries inside Libya', () => {
    for (const p of SUPPLEMENT_PLACES.filter((e) => e.country === 'LY')) {
      expect(p.lat, p.name).toBeGreaterThan(LIBYA.south);
      expect(p.lat, p.name).toBeLessThan(LIBYA.north);
      expect(p.lon, p.name).toBeGreaterThan(LIBYA.west);
      expect(p.lon, p.name).toBeLessThan(LIBYA.east);
    }
  });

  it('never gives two entries the same name key', () => {
    const owner = new Map<string, string>();
    for (const p of SUPPLEMENT_PLACES) {
      for (const n of [p.name, ...p.aliases]) {
        const key = placeKey(n);
        expect(owner.get(key) ?? p.name, `${n} is claimed twice`).toBe(p.name);
        owner.set(key, p.name);
      }
    }
  });
});
