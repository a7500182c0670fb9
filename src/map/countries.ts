/**
 * The offline basemap: Natural Earth 1:110m countries from world-atlas, converted once at module load.
 * `npm run prepare:basemap` puts it on a coarser grid (worldCountries.generated.json: 33 KB gzip, 38 as
 * world-atlas ships it); 50m is 230 KB, too much to ship whole (clipping it to the region at
 * build time is the next step). Coastlines at city zoom are therefore coarse.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import topology from './worldCountries.generated.json';
// 1.3 KB gzip: world-atlas ids are ISO 3166-1 numeric codes, events carry alpha-2 codes.
import { iso31661Alpha2ToNumeric } from 'iso-3166/1-a2-to-1-n.js';
import { countryExtent } from './countryExtent.ts';
import type { GeoBox } from './geoBox.ts';

export type CountryFeatures = FeatureCollection<Geometry, { name: string }>;

const world = topology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

export const countries: CountryFeatures = feature(world, world.objects.countries);

export interface Country {
  /** ISO 3166-1 numeric, the basemap feature's id. */
  id: string;
  /** The Natural Earth name, e.g. "Libya". */
  name: string;
  /** The box around its largest part (countryExtent). */
  extent: GeoBox;
}

const byNumeric = new Map(countries.features.map((f) => [String(f.id), f]));
const cache = new Map<string, Country | null>();

/** The basemap's country for an ISO alpha-2 code, or null when the code is unknown or the country too small for 1:110m. */
export function countryByCode(alpha2: string): Country | null {
  let country = cache.get(alpha2);
  if (country === undefined) {
    const id = (iso31661Alpha2ToNumeric as Record<string, string | undefined>)[alpha2];
    const found = id === undefined ? undefined : byNumeric.get(id);
    const extent = found ? countryExtent(found.geometry) : null;
    country = found && extent ? { id: String(found.id), name: found.properties.name, extent } : null;
    cache.set(alpha2, country);
  }
  return country;
}
