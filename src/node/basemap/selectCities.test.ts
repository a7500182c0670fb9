import { describe, expect, it } from 'vitest';
import { parseGeoNamesRow, selectCities, type GeoNamesPlace } from './selectCities.ts';

const place = (p: Partial<GeoNamesPlace> & Pick<GeoNamesPlace, 'name'>): GeoNamesPlace =>
  ({ id: 1, lat: 30, lon: 15, featureCode: 'PPL', country: 'LY', population: 0, ...p });

describe('selectCities', () => {
  it('keeps big Libyan cities, district seats and regional capitals, capitals first', () => {
    const cities = selectCities([
      place({ id: 2, name: 'Benghazi', lat: 32.1, lon: 20.1, featureCode: 'PPLA', population: 807_250 }),
      place({ id: 3, name: 'Darnah', lat: 32.8, lon: 22.6, featureCode: 'PPLA', population: 78_782 }),
      place({ id: 4, name: 'Small seat', lat: 25, lon: 11, featureCode: 'PPLA', population: 4_000 }),
      place({ id: 5, name: 'Village', lat: 26, lon: 12, population: 99_999 }),
      place({ id: 6, name: 'Tunis', lat: 36.8, lon: 10.2, featureCode: 'PPLC', country: 'TN', population: 693_210 }),
      place({ id: 7, name: 'Madrid', lat: 40.4, lon: -3.7, featureCode: 'PPLC', country: 'ES', population: 3e6 }),
    ]);
    expect(cities.map((c) => [c.name, c.rank, c.capital])).toEqual([
      ['Tunis', 1, true],
      ['Benghazi', 1, false],
      ['Darnah', 2, false],
    ]);
  });

  it('drops a suburb or duplicate within 20 km of a bigger place', () => {
    const cities = selectCities([
      place({ id: 1, name: 'Tripoli', lat: 32.887, lon: 13.187, featureCode: 'PPLC', population: 1_150_989 }),
      place({ id: 2, name: "Tajura'", lat: 32.882, lon: 13.351, population: 100_000 }),
      place({ id: 3, name: 'Zawiya', lat: 32.752, lon: 12.728, population: 186_123 }),
      place({ id: 4, name: 'Az Zawiyah', lat: 32.757, lon: 12.728, featureCode: 'PPLA', population: 200_000 }),
    ]);
    expect(cities.map((c) => c.name)).toEqual(['Tripoli', 'Az Zawiyah']);
  });

  it('parses a GeoNames row', () => {
    const row = ['2210247', 'Tripoli', 'Tripoli', 'Tarabulus', '32.88743', '13.18733', 'P', 'PPLC', 'LY', '', '77', '', '', '', '1150989'].join('\t');
    expect(parseGeoNamesRow(row)).toEqual({ id: 2210247, name: 'Tripoli', lat: 32.88743, lon: 13.18733, featureCode: 'PPLC', country: 'LY', population: 1150989 });
    expect(parseGeoNamesRow('short\tline')).toBeNull();
  });
});
