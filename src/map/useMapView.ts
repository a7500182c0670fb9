import { useState } from 'react';
import { useMapEvents } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import type { Bbox } from './clusterLayout.ts';

export interface MapView {
  zoom: number;
  /** The view's box with half a view's margin on each side, so a short pan finds its markers drawn. */
  bbox: Bbox;
}

function viewOf(map: LeafletMap): MapView {
  const b = map.getBounds().pad(0.5);
  return { zoom: map.getZoom(), bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
}

/**
 * The map's zoom and bounds as React state, updated when a move or zoom ends (Leaflet fires `moveend`
 * after both), not on every animation frame: the markers are laid out once per view.
 */
export function useMapView(): MapView {
  const map = useMapEvents({ moveend: () => setView(viewOf(map)) });
  const [view, setView] = useState(() => viewOf(map));
  return view;
}
