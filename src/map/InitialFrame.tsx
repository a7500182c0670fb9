import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { fitFrame } from './fitFrame.ts';
import type { GeoBox } from './geoBox.ts';

/**
 * Frames the events once the map knows its size: MapContainer's own `bounds` frames them before the
 * padding can be fitted to the container, which matters in a small embed. Creation-only, like the
 * container's bounds; the deep-linked selection, if any, moves the map afterwards (FollowSelection).
 */
export function InitialFrame({ frame }: { frame: GeoBox }) {
  const map = useMap();
  useEffect(function frameOnce() {
    fitFrame(map, frame, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- creation-only: later changes do not reframe
  }, [map]);
  return null;
}
