import { useState } from 'react';
import { useMapEvents } from 'react-leaflet';

/** The map's zoom as React state, updated when a zoom ends (not on every animation frame). */
export function useMapZoom(): number {
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const [zoom, setZoom] = useState(() => map.getZoom());
  return zoom;
}
