import { point, type Map as LeafletMap } from 'leaflet';
import type { PlacePrecision } from '../compiler/schema.ts';
import { framePadding } from './framePadding.ts';
import { REGION_MAX_ZOOM, regionBox } from './regionView.ts';

/**
 * The zoom that shows a place in its region on this map: its region box fitted to the map's size (a
 * 150 px embed map zooms out further than a projector's), never closer than REGION_MAX_ZOOM.
 */
export function regionZoom(map: LeafletMap, lat: number, lon: number, precision: PlacePrecision): number {
  const { paddingTopLeft = [0, 0], paddingBottomRight = [0, 0] } = framePadding(map.getSize());
  const padding = point(paddingTopLeft).add(point(paddingBottomRight));
  return Math.min(map.getBoundsZoom(regionBox(lat, lon, precision), false, padding), REGION_MAX_ZOOM[precision]);
}
