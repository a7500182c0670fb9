import { useMap } from 'react-leaflet';
import type { LatLngBounds } from 'leaflet';
import { appStore } from '../store/appStore.ts';
import { selectMapEvents } from '../store/selectors.ts';
import { eventBounds, FALLBACK_BOUNDS } from './eventBounds.ts';
import { MapControl } from './MapControl.tsx';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';
import { framePadding } from './framePadding.ts';


/**
 * "Fit all" frames every event the map shows (Paris, Rome and Geneva included); "Focus Libya" frames the
 * country the atlas is about. Plain buttons, so they are in the tab order and answer Enter and Space.
 */
export function ViewControls() {
  const map = useMap();
  const frame = (bounds: LatLngBounds) => map.fitBounds(bounds, { ...framePadding(map.getSize()), animate: !prefersReducedMotion() });
  return (
    <MapControl position="topleft" className="map-view-controls">
      <button type="button" onClick={() => frame(eventBounds(selectMapEvents(appStore.getState())))}>Fit all</button>
      <button type="button" onClick={() => frame(FALLBACK_BOUNDS)}>Focus Libya</button>
    </MapControl>
  );
}
