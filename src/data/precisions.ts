/**
 * How finely a date or a place is known, in words: ours for the reader ("March 2017 (month)",
 * "Benghazi — city") and ACLED's precision codes for the CSV export. Kept by hand in the schema's enum
 * order, because the browser does not bundle zod; vocabularies.test.ts checks the tables against the enums.
 */
import type { DatePrecision, EventPlace, PlacePrecision } from '../compiler/schema.ts';

/**
 * `acled`: ACLED's `time_precision` as its codebook defines it: 1 the day is known, 2 within about a week,
 * 3 only the month (or coarser). ACLED has no code for a year, so a year is 3 too, and an exact month is 3,
 * not 2 (a week). The CSV export also writes the schema's word in its own `date_precision` column.
 */
export const DATE_PRECISION_TABLE: Record<DatePrecision, { word: string; acled: 1 | 2 | 3 }> = {
  day: { word: 'day', acled: 1 },
  month: { word: 'month', acled: 3 },
  year: { word: 'year', acled: 3 },
};

/**
 * `acled`: ACLED's `geo_precision` for a place known exactly: 1 the town itself, 3 only the region. An
 * approximate point (near the town, part of a region) is 2: see acledGeoPrecision.
 */
export const PLACE_PRECISION_TABLE: Record<PlacePrecision, { word: string; acled: 1 | 3 }> = {
  site: { word: 'site', acled: 1 },
  neighbourhood: { word: 'neighbourhood', acled: 1 },
  city: { word: 'city', acled: 1 },
  region: { word: 'region', acled: 3 },
  country: { word: 'country', acled: 3 },
};

/** ACLED geo precision: 1 the town itself, 2 near it or part of a region, 3 only the region. */
export function acledGeoPrecision(place: EventPlace): 1 | 2 | 3 {
  const code = PLACE_PRECISION_TABLE[place.precision].acled;
  return code === 1 && place.approximate ? 2 : code;
}
