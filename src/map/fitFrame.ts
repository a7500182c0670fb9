import type { Map as LeafletMap } from 'leaflet';
import { framePadding } from './framePadding.ts';
import type { GeoBox } from './geoBox.ts';

/**
 * Fits the map to a box, with room for the controls (framePadding). A fit asked for while a zoom animation
 * runs (a quick "Zoom in" then "Fit all") would be undone when that animation ends, because Leaflet applies
 * the animation's target last; so it waits for the animation's end. `_animatingZoom` is Leaflet's own flag.
 */
export function fitFrame(map: LeafletMap, box: GeoBox, animate: boolean): void {
  const fit = () => map.fitBounds(box, { ...framePadding(map.getSize()), animate });
  if ((map as LeafletMap & { _animatingZoom?: boolean })._animatingZoom) map.once('zoomend', fit);
  else fit();
}
