/** A south-west / north-east box in degrees, as Leaflet reads it: [[south, west], [north, east]]. */
export type GeoBox = [[number, number], [number, number]];

/** The smallest box holding all points ([lat, lon]), or null for none. */
export function boxAround(points: readonly (readonly [number, number])[]): GeoBox | null {
  if (points.length === 0) return null;
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lat, lon] of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return [[south, west], [north, east]];
}

/** The smallest box holding both. */
export function unionBox(a: GeoBox, b: GeoBox): GeoBox {
  return [[Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])], [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])]];
}
