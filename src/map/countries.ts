/**
 * The offline basemap: Natural Earth 1:110m countries from world-atlas, converted once at module load.
 * 110m is 38 KB gzip for the world; 50m is 230 KB, too much to ship whole (clipping it to the region at
 * build time is the next step). Coastlines at city zoom are therefore coarse.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import topology from 'world-atlas/countries-110m.json';

/** ISO 3166-1 numeric code of the country the atlas is about (world-atlas ids are these codes). */
export const FOCUS_COUNTRY_ID = '434';

export type CountryFeatures = FeatureCollection<Geometry, { name: string }>;

const world = topology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

export const countries: CountryFeatures = feature(world, world.objects.countries);
