/**
 * Cities labelled on the offline basemap, chosen by `npm run prepare:basemap` from GeoNames (CC BY 4.0):
 * Libya's large cities and district seats, and the capitals around it (src/node/basemap/selectCities.ts).
 */
import citiesFile from './regionCities.generated.json';

export interface ContextCity {
  name: string;
  lat: number;
  lon: number;
  country: string;
  /** 1: capitals and cities of 300 000 or more; 2: the rest. */
  rank: 1 | 2;
  capital: boolean;
  geonameId: number;
}

export const regionCities = citiesFile.cities as ContextCity[];

/** The zoom from which each rank is labelled: the region first, smaller Libyan cities closer in. */
export const CITY_MIN_ZOOM: Record<ContextCity['rank'], number> = { 1: 4, 2: 6.5 };
/** District names crowd the map before this zoom. */
export const DISTRICT_MIN_ZOOM = 6;

/** The cities to label at a zoom. */
export function visibleCities(cities: readonly ContextCity[], zoom: number): ContextCity[] {
  return cities.filter((c) => zoom >= CITY_MIN_ZOOM[c.rank]);
}
