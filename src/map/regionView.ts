import type { PlacePrecision } from '../compiler/schema.ts';
import type { GeoBox } from './geoBox.ts';

/**
 * How much ground a view of a place should show at least, in km across: the place in its region, with
 * its neighbouring cities named (Ganfouda with Benghazi and the coast, Rome with Naples).
 */
const SPAN_KM: Record<PlacePrecision, number> = { site: 500, neighbourhood: 500, city: 700, region: 1200, country: 2400 };

/**
 * The closest zoom for each precision, however large the map: the bundled Natural Earth basemap is coarse,
 * and closer in a site shows as a bare coastline with no city named. A neighbourhood gets the city zoom.
 */
export const REGION_MAX_ZOOM: Record<PlacePrecision, number> = { site: 7, neighbourhood: 7, city: 6.5, region: 5.5, country: 4.5 };

const KM_PER_DEGREE = 111.32;

/** The box of ground to keep in view around a place ([lat, lon]) of this precision. */
export function regionBox(lat: number, lon: number, precision: PlacePrecision): GeoBox {
  const half = SPAN_KM[precision] / 2;
  const dLat = half / KM_PER_DEGREE;
  const dLon = half / (KM_PER_DEGREE * Math.max(0.1, Math.cos((lat * Math.PI) / 180)));
  return [[lat - dLat, lon - dLon], [lat + dLat, lon + dLon]];
}
