import type { Map as LeafletMap } from 'leaflet';
import { framePadding } from './framePadding.ts';
import type { GeoBox } from './geoBox.ts';

/** Fits the map to a box, with room for the controls (framePadding). */
export function fitFrame(map: LeafletMap, box: GeoBox, animate: boolean): void {
  map.fitBounds(box, { ...framePadding(map.getSize()), animate });
}
