import { describe, expect, it } from 'vitest';
import { countryExtent } from './countryExtent.ts';
import { countryByCode } from './countries.ts';

const square = (lon: number, lat: number, side: number) => [[[lon, lat], [lon + side, lat], [lon + side, lat + side], [lon, lat + side], [lon, lat]]];

describe('countryExtent', () => {
  it('boxes a polygon', () => {
    expect(countryExtent({ type: 'Polygon', coordinates: square(10, 20, 5) })).toEqual([[20, 10], [25, 15]]);
  });

  it('boxes the largest part of a country in several parts', () => {
    const geometry = { type: 'MultiPolygon' as const, coordinates: [square(-53, 3, 2), square(-4, 43, 10)] };
    expect(countryExtent(geometry)).toEqual([[43, -4], [53, 6]]);
  });

  it('has no box for a point', () => {
    expect(countryExtent({ type: 'Point', coordinates: [0, 0] })).toBeNull();
  });
});

describe('countryByCode', () => {
  it('finds a country of the basemap by its ISO alpha-2 code, with its Natural Earth name and mainland', () => {
    const libya = countryByCode('LY');
    expect(libya?.name).toBe('Libya');
    expect(libya?.id).toBe('434');
    const [[south, west], [north, east]] = libya!.extent;
    expect([south, west, north, east].map(Math.round)).toEqual([20, 9, 33, 25]);
    const france = countryByCode('FR')!.extent;
    expect(france[0][1]).toBeGreaterThan(-6);
  });

  it('knows no country for an unknown code, or one too small for the basemap', () => {
    expect(countryByCode('XX')).toBeNull();
    expect(countryByCode('MC')).toBeNull();
  });
});
