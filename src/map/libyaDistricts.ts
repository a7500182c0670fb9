/**
 * Libya's districts, prepared by `npm run prepare:basemap` (src/node/basemap/) from Natural Earth's 1:10m
 * admin-1 layer. Natural Earth still has the 22 districts of 2001–2007, so some names are older than
 * today's (Ghadamis is now in Nalut, Al Qubbah in Darnah): context for reading the map, not a reference.
 * Only the borders between districts are drawn: the outer edge is the country's, from world-atlas.
 */
import { mesh } from 'topojson-client';
import type { MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import districtsFile from './libyaDistricts.generated.json';

interface DistrictsFile {
  source: string;
  topology: Topology<{ districts: GeometryCollection<{ name: string }> }>;
  labels: { name: string; lat: number; lon: number }[];
}

const file = districtsFile as unknown as DistrictsFile;

/** Borders shared by two districts (a !== b), as one MultiLineString. */
export const districtBorders: MultiLineString = mesh(file.topology, file.topology.objects.districts, (a, b) => a !== b);

/** Natural Earth's label point for each district. */
export const districtLabels = file.labels;

/** Short: the attribution line must fit a phone. The 2001–2007 caveat is in the credits and docs. */
export const DISTRICTS_ATTRIBUTION = 'Districts: Natural Earth';
