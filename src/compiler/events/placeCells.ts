import type { EventPlace } from '../schema.ts';

/** Two points merge when they are this close (see `placesMatch` in mergeEvents.ts). */
export const SAME_PLACE_KM = 30;

/** A country or region: it matches any place in its country, wherever it is. */
export function isCoarse(p: EventPlace): boolean {
  return p.precision === 'country' || p.precision === 'region';
}

/**
 * Where the merge index files a place: points (city, neighbourhood, site) in a grid of CELL_DEG degrees,
 * coarse places by country (they match any point of their country, so a grid says nothing about them),
 * no place apart (it matches only no place). A point without usable coordinates is within 30 km of
 * nothing, but a coarse place of its country still matches it.
 */
export type PlaceCell = number | string;

const CELL_DEG = 0.5;
const LAT_CELLS = 180 / CELL_DEG;
const LON_CELLS = 360 / CELL_DEG;
const EARTH_RADIUS_KM = 6371;
/** A little more than SAME_PLACE_KM, so rounding in `distanceKm` can never put a match out of reach. */
const REACH_KM = SAME_PLACE_KM + 1;

export function placeCell(p: EventPlace | null): PlaceCell {
  if (!p) return '-';
  if (isCoarse(p)) return `c:${p.country || ''}`;
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) return 'x';
  return latCell(p.lat) * LON_CELLS + lonCell(p.lon);
}

/**
 * Every cell that may hold a place matching `p` (see `placesMatch`), or `undefined` for all of them: a
 * coarse place or one without a country (they match coarse places of any country), or a point so near a
 * pole that 30 km spans every longitude. A superset is harmless (candidates are still compared); a
 * missing cell would lose a merge.
 */
export function placeCellsNear(p: EventPlace | null): PlaceCell[] | undefined {
  if (!p) return ['-'];
  if (isCoarse(p) || !p.country) return undefined;
  const cells: PlaceCell[] = [`c:${p.country}`, 'c:'];
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) return cells;
  // Great-circle distance d bounds both coordinates: |Δlat| ≤ d/R, and
  // cos(lat₁)·cos(lat₂)·sin²(Δlon/2) ≤ sin²(d/2R), with both latitudes at most |lat| + d/R from the equator.
  const reach = REACH_KM / EARTH_RADIUS_KM;
  const dLat = (reach * 180) / Math.PI;
  const farthest = Math.min(90, Math.abs(p.lat) + dLat);
  const ratio = Math.sin(reach / 2) / Math.cos((farthest * Math.PI) / 180);
  if (!(ratio < 1)) return undefined;
  const dLon = (2 * Math.asin(ratio) * 180) / Math.PI;
  const firstLon = Math.floor((p.lon - dLon + 180) / CELL_DEG);
  const lastLon = Math.floor((p.lon + dLon + 180) / CELL_DEG);
  if (lastLon - firstLon + 1 >= LON_CELLS) return undefined;
  for (let y = latCell(p.lat - dLat); y <= latCell(p.lat + dLat); y++) {
    for (let x = firstLon; x <= lastLon; x++) cells.push(y * LON_CELLS + wrap(x));
  }
  return cells;
}

function latCell(lat: number): number {
  return Math.min(LAT_CELLS - 1, Math.max(0, Math.floor((lat + 90) / CELL_DEG)));
}

/** Longitudes wrap: a point at 179.9° E is 20 km from one at 179.9° W. */
function lonCell(lon: number): number {
  return wrap(Math.floor((lon + 180) / CELL_DEG));
}

function wrap(x: number): number {
  return ((x % LON_CELLS) + LON_CELLS) % LON_CELLS;
}
