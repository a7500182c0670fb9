import { useMemo, useState } from 'react';
import { useMapEvents } from 'react-leaflet';
import type { PlacedEvent } from '../store/selectors.ts';
import { fanOutNearby } from './fanOutNearby.ts';

/** Offsets that keep markers from covering each other at the current zoom; recomputed on zoom. */
export function useMarkerOffsets(events: readonly PlacedEvent[]): Map<string, [number, number]> {
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const [zoom, setZoom] = useState(() => map.getZoom());
  return useMemo(
    () => fanOutNearby(events.map((e) => ({ id: e.id, ...map.project([e.place.lat, e.place.lon], zoom) }))),
    [events, map, zoom],
  );
}
