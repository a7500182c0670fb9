import { describe, expect, it } from 'vitest';
import { REGION_MAX_ZOOM, regionBox } from './regionView.ts';

describe('regionBox', () => {
  it('spans a few hundred kilometres around a site, more around a region', () => {
    const [[south, west], [north, east]] = regionBox(32, 20, 'site');
    expect(north - south).toBeCloseTo(500 / 111.32);
    // Longitude degrees shrink with latitude: the box is wider in degrees than tall.
    expect(east - west).toBeGreaterThan(north - south);
    const region = regionBox(32, 20, 'region');
    expect(region[1][0] - region[0][0]).toBeGreaterThan(north - south);
  });

  it('never flies closer for a finer place than for a coarser one', () => {
    expect(REGION_MAX_ZOOM.site).toBeGreaterThanOrEqual(REGION_MAX_ZOOM.city);
    expect(REGION_MAX_ZOOM.city).toBeGreaterThan(REGION_MAX_ZOOM.region);
    expect(REGION_MAX_ZOOM.region).toBeGreaterThan(REGION_MAX_ZOOM.country);
  });
});
