import { useEffect } from 'react';
import { useMapEvents } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';

function record(map: LeafletMap) {
  const b = map.getBounds();
  const container = map.getContainer();
  container.dataset.zoom = String(map.getZoom());
  container.dataset.bounds = [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()].map((x) => x.toFixed(2)).join(',');
}

/**
 * Writes the map's view onto its container as `data-zoom` and `data-bounds` ("south,west,north,east"),
 * after every move: the one place tests and embedders can read where the map looks without Leaflet.
 */
export function MapViewState() {
  const map = useMapEvents({ moveend: () => record(map), zoomend: () => record(map) });
  useEffect(function recordInitialView() {
    record(map);
  }, [map]);
  return null;
}
