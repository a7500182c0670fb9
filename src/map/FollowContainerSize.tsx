import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Tells Leaflet when its container changes size. Leaflet only watches the window, but the layout resizes
 * the map on its own (story mode's full-bleed map, an embed's frame, panels opening): without this, the
 * basemap is drawn for the old size and framing uses it.
 */
export function FollowContainerSize() {
  const map = useMap();
  useEffect(function observeContainer() {
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
