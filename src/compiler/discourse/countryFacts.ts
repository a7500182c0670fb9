import type { GazetteerIndex } from '../places/GazetteerIndex.ts';
import type { PlaceFinder } from '../places/PlaceMention.ts';
import type { CountryFacts } from './placeMemory.ts';

/** "The capital" and "the country" of a document whose country is known, from the reference data alone. */
export function countryFacts(index: GazetteerIndex, places: PlaceFinder): CountryFacts {
  return {
    capitalOf: (cc) => places.capitalOf(cc),
    country(cc) {
      const c = index.countries.find((x) => x.cca2 === cc);
      return c ? { name: c.name, lat: c.lat, lon: c.lon, precision: 'country', country: c.cca2 } : undefined;
    },
  };
}
