/**
 * A place in world pixels at a zoom, in Web Mercator with 256-pixel tiles: what Leaflet's `map.project`
 * gives for the default CRS, computed without a map so the cluster layout stays pure and testable.
 */
export function worldPixel(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const sin = Math.min(Math.max(Math.sin((lat * Math.PI) / 180), -0.9999), 0.9999);
  return { x: (lon / 360 + 0.5) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale };
}
