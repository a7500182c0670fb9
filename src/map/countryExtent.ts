import type { Geometry, Position } from 'geojson';
import { boxAround, type GeoBox } from './geoBox.ts';

/** Planar area of a ring in square degrees (shoelace), enough to compare a country's parts. */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return Math.abs(sum / 2);
}

/**
 * The box around a country's largest part: France without French Guiana, the United States without
 * Alaska, so framing a country shows where its events are likely to be rather than half the globe.
 */
export function countryExtent(geometry: Geometry): GeoBox | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let largest: Position[] | undefined;
  for (const [outer] of polygons) {
    if (outer && (!largest || ringArea(outer) > ringArea(largest))) largest = outer;
  }
  return largest ? boxAround(largest.map(([lon, lat]) => [lat!, lon!] as const)) : null;
}
