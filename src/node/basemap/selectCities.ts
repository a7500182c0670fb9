/**
 * Which populated places the offline basemap labels: Libya's cities of 100 000 people or more, Libya's
 * district seats of 40 000 or more (Darnah, Al Bayda', Gharyan… matter to the news more than their size
 * says), and the national capitals of Libya's neighbours and of the Mediterranean states facing it.
 * Pure: rows in, cities out, so the rule is unit-tested without reading GeoNames.
 */

/** The columns of a GeoNames `cities500.txt` row that the selection reads. */
export interface GeoNamesPlace {
  id: number;
  name: string;
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  population: number;
}

/** The map owns the format of the file this script writes. */
export type { ContextCity } from '../../map/regionCities.ts';
import type { ContextCity } from '../../map/regionCities.ts';

export const FOCUS_COUNTRY = 'LY';
/** Neighbours on land, and Malta, Italy and Greece across the sea. */
export const REGION_COUNTRIES = new Set(['TN', 'DZ', 'NE', 'TD', 'SD', 'EG', 'MT', 'IT', 'GR']);
const MIN_CITY = 100_000;
const MIN_SEAT = 40_000;
const MAJOR = 300_000;
/** GeoNames lists suburbs (Tajura', Al Jadid) and duplicates (Zawiya, Az Zawiyah) as separate places. */
const MERGE_KM = 20;

function keep(p: GeoNamesPlace): boolean {
  if (p.featureCode === 'PPLC') return p.country === FOCUS_COUNTRY || REGION_COUNTRIES.has(p.country);
  if (p.country !== FOCUS_COUNTRY || !p.featureCode.startsWith('PPL')) return false;
  return p.population >= MIN_CITY || (p.featureCode === 'PPLA' && p.population >= MIN_SEAT);
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  // Equirectangular is plenty for "within 20 km".
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(x, b.lat - a.lat) * 111.2;
}

/** The cities to label, most important first (capitals, then by population), near-duplicates dropped. */
export function selectCities(places: Iterable<GeoNamesPlace>): ContextCity[] {
  const candidates = [...places].filter(keep).sort((a, b) =>
    Number(b.featureCode === 'PPLC') - Number(a.featureCode === 'PPLC') || b.population - a.population || a.id - b.id);
  const chosen: GeoNamesPlace[] = [];
  for (const p of candidates) if (!chosen.some((c) => distanceKm(c, p) < MERGE_KM)) chosen.push(p);
  return chosen.map((p) => ({
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    rank: p.featureCode === 'PPLC' || p.population >= MAJOR ? 1 : 2,
    capital: p.featureCode === 'PPLC',
    geonameId: p.id,
  }));
}

/** Parses one tab-separated `cities500.txt` line (GeoNames' documented column order). */
export function parseGeoNamesRow(line: string): GeoNamesPlace | null {
  const c = line.split('\t');
  if (c.length < 15) return null;
  return {
    id: Number(c[0]),
    // The ASCII name: readers know Misratah better than Mişrātah.
    name: c[2] || c[1] || '',
    lat: Number(c[4]),
    lon: Number(c[5]),
    featureCode: c[7] ?? '',
    country: c[8] ?? '',
    population: Number(c[14]) || 0,
  };
}
